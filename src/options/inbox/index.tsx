// The view's door: the workspace's registry (views.tsx) loads it from here.
export { InboxView } from './InboxView';
