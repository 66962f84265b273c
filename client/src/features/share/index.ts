export { CopyLinkButton } from './CopyLinkButton.tsx';
