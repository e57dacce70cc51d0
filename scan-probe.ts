import { startFakePlatformHttpServer } from './mocks/server';
import { scanListing } from './src/api/storage/listing-scan';
import { sortEntries, searchKeys, filterEntries } from './src/features/storage/listing-state';
const server = await startFakePlatformHttpServer({ port: 4799, scenario: 'storage-100k' });
const token = server.control.tokenFor('jdoe');
const response = await fetch(`${server.url}/arc/nodes/home/jdoe/survey-100k`, { headers: { Authorization: `Bearer ${token}` } });
const text = await response.text();
for (let i = 0; i < 2; i++) {
let t = performance.now();
const scanned = scanListing(text);
console.log('scan', Math.round(performance.now() - t));
t = performance.now();
const sorted = sortEntries(scanned!.entries, 'name', 'asc');
console.log('sort', Math.round(performance.now() - t));
t = performance.now();
const keys = searchKeys(sorted);
console.log('keys', Math.round(performance.now() - t));
t = performance.now();
filterEntries(sorted, 'obs-01', false, keys);
console.log('filter', Math.round(performance.now() - t));
}
await server.close();
