import { setLogLevel } from 'firebase/firestore';

// Denied requests are the point of these tests; the SDK's warning for each one is noise.
setLogLevel('error');
