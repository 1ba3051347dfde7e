import type { ModuleDef } from '../../platform/module.js';
import { INSTANCE_PROVISION } from '../orders/index.js';
import { spiRetrySweep } from './provisioning.jobs.js';
import { provisioningRoutes } from './provisioning.routes.js';
import { SPI_ATTEMPT, handleInstanceProvision, handleSpiAttempt } from './spi-calls.service.js';

export { verifySsoToken, issueSsoToken, SSO_TOKEN_TTL_SECONDS, type SsoClaims } from './sso-token.js';
export { signHmac, verifyHmac, memoryNonceStore, signMd5, verifyMd5, md5Token, SPI_HEADERS, type NonceStore } from './spi-signature.js';

export const provisioningModule: ModuleDef = {
  name: 'provisioning',
  routes: (app, deps) => provisioningRoutes(app, deps),
  sweeps: () => [spiRetrySweep],
  handlers: (outbox, deps) => {
    outbox.on(INSTANCE_PROVISION, 'provisioning.call', (e) => handleInstanceProvision(deps, e.payload));
    outbox.on(SPI_ATTEMPT, 'provisioning.attempt', (e) => handleSpiAttempt(deps, e.payload));
  },
};
