import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Rendering MUI dialogs and filling them in jsdom takes seconds, and many
// times that on a CI machine busy with the other packages' tests: a test
// fails on what it finds, not on how long a shared machine takes.
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 15_000 });
