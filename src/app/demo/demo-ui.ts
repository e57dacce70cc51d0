// What the portal shows and does only in demo mode, in a chunk of its own that main.tsx loads beside the fake
// platform: a deployment without the demo never downloads it.
export { demoUserIn, followDemoUserLinkInPage } from './demo-user-link';
export { ScenarioBanner } from './scenario-banner';
