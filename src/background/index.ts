// The service worker entry. Listeners must be registered synchronously on every start,
// or events that woke the worker are lost.
import { init } from './init';

init();
