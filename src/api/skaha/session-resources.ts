/**
 * Desktop and Firefly templates hard-code their resources: skaha ignores cores and RAM for them
 * (skaha-config/launch-desktop.yaml, launch-firefly.yaml). CARTA's template takes them from the request.
 */
export const platformSetsResources = (type: string) => type === 'desktop' || type === 'firefly';
