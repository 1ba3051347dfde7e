import { crc32 } from 'node:zlib';
import { securityReportTemplatePdf } from '../modules/hosting/index.js';
import type { DemoUser } from './demo-session.js';
import { multipart } from './demo-story.js';

type Beat = (at: Date, what: string, run: () => Promise<void>) => void;

interface Story {
  beat: Beat;
  /** day `d` of the story at hh:mm Beijing time */
  on: (d: number, h: number, m?: number) => Date;
  demo: DemoUser;
  operator: DemoUser;
}

/** A ZIP of one stored entry: the 漏洞扫描报告 as the scanner exports it. */
function scanZip(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const nameBuf = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBuf.length, 12);
  end.writeUInt32LE(local.length + nameBuf.length + data.length, 16);
  return Buffer.concat([local, nameBuf, data, central, nameBuf, end]);
}

async function upload(who: DemoUser, purpose: string, name: string, data: Buffer): Promise<string> {
  const m = multipart({ purpose }, { name, data });
  return (await who.call<{ id: string }>('POST', '/files', m.body, { 'content-type': m.type })).id;
}

const pdf = () => securityReportTemplatePdf();

/**
 * 托管平台 (guide 1.2), clicked through the real routes:
 * - day `from`: Demo ISV adds 智能客服云原生版 and submits its system and deployment architecture;
 *   the operator approves two days later; Demo ISV turns on the required options (ACK), uploads the
 *   security, scan and PTS reports; the operator approves the hosting review; Demo ISV links it to
 *   its listed 智能客服 SaaS (云原生产品徽章);
 * - the last day: Demo ISV adds 工单协同平台 and submits its architecture, waiting for review.
 */
export function hostingBeats(story: Story, linkProductId: string, from: number, lastDay: number): void {
  const { beat, on, demo, operator } = story;
  let hostedId = '';
  beat(on(from, 10), 'hosting: Demo ISV adds 智能客服云原生版 and submits its architecture', async () => {
    const p = await demo.post<{ id: string }>('/seller/hosting/products', {
      name: '智能客服云原生版',
      form: 'saas',
      description: '基于容器的智能客服 SaaS：多可用区部署，弹性伸缩，支持 RAM 用户 OAuth2.0 登录。',
    });
    hostedId = p.id;
    await demo.post(`/seller/hosting/products/${hostedId}/architecture`, {
      systemArchFileId: await upload(demo, 'architecture', '系统架构.pdf', pdf()),
      deployArchFileId: await upload(demo, 'architecture', '部署架构.pdf', pdf()),
    });
  });
  beat(on(from + 2, 11), 'hosting: the operator approves the architecture', async () => {
    await operator.post(`/operator/hosting/products/${hostedId}/reviews/architecture`, { decision: 'approve', reason: '' });
  });
  beat(on(from + 3, 14), 'hosting: Demo ISV submits hosting with its reports', async () => {
    await demo.post(`/seller/hosting/products/${hostedId}/hosting`, {
      options: {
        configAudit: true,
        actionTrail: true,
        appHosting: 'ack',
        vulnScan: true,
        loadTest: true,
        cloudMonitor: true,
        waf: true,
        oauth: true,
        messages: false,
      },
      securityReportFileId: await upload(demo, 'hosting_report', '安全检测报告.pdf', pdf()),
      scanReportFileId: await upload(
        demo,
        'scan_archive',
        '漏洞扫描报告.zip',
        scanZip('report.html', '<h1>漏洞扫描报告</h1><p>高危 0，中危 0，低危 2（已修复）</p>'),
      ),
      loadTestReportFileId: await upload(demo, 'hosting_report', 'PTS压测报告.pdf', pdf()),
    });
  });
  beat(on(from + 5, 10), 'hosting: the operator approves hosting', async () => {
    await operator.post(`/operator/hosting/products/${hostedId}/reviews/hosting`, { decision: 'approve', reason: '' });
  });
  beat(on(from + 5, 15), 'hosting: Demo ISV links 智能客服 SaaS', async () => {
    await demo.call('PUT', `/seller/hosting/products/${hostedId}/link`, { productId: linkProductId });
  });
  beat(on(lastDay, 16), 'hosting: Demo ISV adds 工单协同平台 for architecture review', async () => {
    const p = await demo.post<{ id: string }>('/seller/hosting/products', {
      name: '工单协同平台',
      form: 'saas',
      description: '面向客服团队的工单协同 SaaS，Serverless 部署。',
    });
    await demo.post(`/seller/hosting/products/${p.id}/architecture`, {
      systemArchFileId: await upload(demo, 'architecture', 'system-architecture.pdf', pdf()),
      deployArchFileId: await upload(demo, 'architecture', 'deployment-architecture.pdf', pdf()),
    });
  });
}
