import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';

/** An id or ARN with a copy button, as the AWS console shows them. */
export function CopyText({ text, label }: { text: string | undefined; label: string }) {
  if (!text) return <>-</>;
  return (
    <CopyToClipboard
      variant="inline"
      textToCopy={text}
      copyButtonAriaLabel={`Copy ${label}`}
      copySuccessText={`${label} copied`}
      copyErrorText={`${label} could not be copied`}
    />
  );
}
