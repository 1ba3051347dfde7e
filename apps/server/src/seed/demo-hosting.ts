import { securityReportTemplatePdf } from '../modules/hosting/index.js';
import type { DemoUser } from './demo-session.js';
import { uploadFile } from './demo-story.js';
import { zipBytes } from './sample-files.js';

type Beat = (at: Date, what: string, run: () => Promise<void>) => void;

interface Story {
  beat: Beat;
  /** day `d` of the story at hh:mm Beijing time */
  on: (d: number, h: number, m?: number) => Date;
  demo: DemoUser;
  operator: DemoUser;
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
      systemArchFileId: await uploadFile(demo, 'architecture', '系统架构.pdf', pdf()),
      deployArchFileId: await uploadFile(demo, 'architecture', '部署架构.pdf', pdf()),
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
      securityReportFileId: await uploadFile(demo, 'hosting_report', '安全检测报告.pdf', pdf()),
      scanReportFileId: await uploadFile(
        demo,
        'scan_archive',
        '漏洞扫描报告.zip',
        zipBytes({ 'report.html': '<h1>漏洞扫描报告</h1><p>高危 0，中危 0，低危 2（已修复）</p>' }),
      ),
      loadTestReportFileId: await uploadFile(demo, 'hosting_report', 'PTS压测报告.pdf', pdf()),
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
      systemArchFileId: await uploadFile(demo, 'architecture', 'system-architecture.pdf', pdf()),
      deployArchFileId: await uploadFile(demo, 'architecture', 'deployment-architecture.pdf', pdf()),
    });
  });
}
