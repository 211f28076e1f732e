// Each module registers its listeners synchronously when imported (MV3 drops events registered late).
import './start-mark';
import './tab-tracker';
import './cookie-watcher';
import './message-handlers';
import './ready';
