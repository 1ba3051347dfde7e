// Templates room: the flow node document (`flowSteps`), publish rules, presets, requirement forms and product ↔ template links. What other rooms use.
export { advancesOnTimeout, flowSteps, nextStep, previousStep, runsUntilWarrantyEnds } from './flow-steps.js';
export { basicTemplate, templateForProduct } from './product-flow.service.js';
export { validateRequirementAnswers } from './requirement-forms.js';
export { ensurePublicTemplates } from './template-presets.js';
export { publishProblems } from './template-rules.js';
export { visibleTemplate } from './templates.queries.js';
export { templateRoutes } from './templates.routes.js';
