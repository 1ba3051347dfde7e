import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useErrorReporter } from '../api/errors';

interface DownloadButtonProps {
  /** fetches the file through the API client (so a lapsed session logs out instead of saving an error body) */
  download: () => Promise<void>;
  children: ReactNode;
}

/** An export button: busy while the file is fetched, the error shown when it fails. */
export function DownloadButton({ download, children }: DownloadButtonProps) {
  const report = useErrorReporter();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        download()
          .catch((err: unknown) => report(err))
          .finally(() => setBusy(false));
      }}
    >
      {children}
    </Button>
  );
}
