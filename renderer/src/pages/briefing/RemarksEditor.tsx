import { Alert, Button, Input, Space, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MAX_REMARKS_CHARS } from '../../../../shared/contract/briefing';

export interface RemarksEditorProps {
  value: string;
  onChange(text: string): void;
  onSave(): void;
  dirty: boolean;
  saving: boolean;
  /** why the last save failed, shown under the text */
  error: string | null;
}

/** The remarks as typed into the preview, saved with the button or Ctrl+S (and before an export or print). */
export function RemarksEditor({ value, onChange, onSave, dirty, saving, error }: RemarksEditorProps) {
  const { t } = useTranslation('briefing');
  return (
    <div>
      <Input.TextArea
        aria-label={t('doc.sections.remarks')}
        value={value}
        maxLength={MAX_REMARKS_CHARS}
        showCount
        autoSize={{ minRows: 3, maxRows: 20 }}
        placeholder={t('remarksPlaceholder')}
        status={error ? 'error' : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && <Alert type="error" showIcon title={t('remarksConflict')} description={error} style={{ marginTop: 6 }} />}
      <Space style={{ marginTop: 6 }}>
        <Button size="small" icon={<SaveOutlined />} onClick={onSave} disabled={!dirty} loading={saving}>
          {t('remarksSave')}
        </Button>
        {dirty && <Typography.Text type="warning">{t('remarksUnsaved')}</Typography.Text>}
      </Space>
    </div>
  );
}
