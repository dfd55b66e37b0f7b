/**
 * Makes the browser save `content` as a file called `fileName`: a blob
 * as it is, or text of the media type `type`.
 */
export function downloadFile(
  content: Blob | string,
  fileName: string,
  type = 'text/plain',
): void {
  const blob =
    typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
