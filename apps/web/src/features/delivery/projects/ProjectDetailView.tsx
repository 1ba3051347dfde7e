import type { ProjectDetail } from '@cloudmart/contracts';
import { Col, Flex, Row } from 'antd';
import { CurrentNodeCard } from './CurrentNodeCard';
import { NodeActions } from './NodeActions';
import { ProjectHeaderCard } from './ProjectHeaderCard';
import type { ProjectAudience } from './projects.queries';
import { ProjectSections } from './ProjectSections';
import { ProjectTimeline } from './ProjectTimeline';

/**
 * The detail layout every audience shares: header, timeline on the left, current step and
 * actions on the right, then the tabs. The operator only reads: no step actions.
 */
export function ProjectDetailView({ audience, detail, meId }: { audience: ProjectAudience; detail: ProjectDetail; meId: string }) {
  return (
    <Flex vertical gap={16}>
      <ProjectHeaderCard detail={detail} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <ProjectTimeline detail={detail} />
        </Col>
        <Col xs={24} lg={14}>
          <CurrentNodeCard detail={detail} actions={audience === 'operator' ? null : <NodeActions audience={audience} detail={detail} meId={meId} />} />
        </Col>
      </Row>
      <ProjectSections audience={audience} detail={detail} />
    </Flex>
  );
}
