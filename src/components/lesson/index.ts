// The components lesson authors use in MDX: `import { Playground, Exercise } from '...';`
export { default as Playground } from './Playground.astro';
export { default as Exercise } from './Exercise.astro';
export { default as EnvelopeBytes } from './pictures/EnvelopeBytes.astro';
export { default as EcbPadlock } from './pictures/EcbPadlock.astro';
export { default as PermissionMatrix } from './pictures/PermissionMatrix.astro';
export { default as GeneralizationTable } from './pictures/GeneralizationTable.tsx';
export { default as FindingsHighlight } from './pictures/FindingsHighlight.astro';
export { default as HashChain } from './pictures/HashChain.astro';
export { default as KeyHierarchy } from './pictures/KeyHierarchy.astro';
export { default as SnapshotView } from './pictures/SnapshotView.astro';
export { default as RetentionTimeline } from './pictures/RetentionTimeline.astro';
export { default as ThreeAudiences } from './pictures/ThreeAudiences.astro';
