import { Col, Row, Space } from 'antd';
import { DemoPanel } from './DemoPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/** 导入导出: history in from Excel/CSV, spreadsheets out, and the demo data set. */
export function ImportExportPage() {
  return (
    <Row gutter={16}>
      <Col xs={24} xl={15}>
        <ImportPanel />
      </Col>
      <Col xs={24} xl={9}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <ExportPanel />
          <DemoPanel />
        </Space>
      </Col>
    </Row>
  );
}
