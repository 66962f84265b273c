export { CopyLinkButton } from './CopyLinkButton.tsx';
export { LinkNotice } from './LinkNotice.tsx';
