import { useState } from 'react';
import { Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Asks once per session who is working, so every change records a name. */
export function OperatorDialog({ open, initial, onDone, onCancel }: { open: boolean; initial: string; onDone(name: string): void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const trimmed = name.trim();
  return (
    <Modal
      open={open}
      title={t('operatorPrompt')}
      okText={t('ok')}
      cancelText={t('cancel')}
      okButtonProps={{ disabled: trimmed === '' || trimmed.length > 40 }}
      closable={Boolean(onCancel)}
      maskClosable={false}
      keyboard={Boolean(onCancel)}
      cancelButtonProps={{ style: onCancel ? {} : { display: 'none' } }}
      onOk={() => onDone(trimmed)}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('operatorHint')}</Typography.Paragraph>
      <Input
        autoFocus
        aria-label={t('operatorPrompt')}
        value={name}
        maxLength={40}
        onChange={(e) => setName(e.target.value)}
        onPressEnter={() => trimmed && onDone(trimmed)}
      />
    </Modal>
  );
}
