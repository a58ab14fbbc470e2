// The other client of the hostile stage (hostile.ts), in a process of its own, so that the hostile
// client's work (making 10 MB of upload bytes) never slows its reads: told over IPC to read a URL
// with a cookie, one read after another, until told to stop; then it sends back each read's time.
let reading = false;
let times = [];

async function loop(url, cookie) {
  while (reading) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    await response.arrayBuffer();
    if (response.status !== 200) {
      process.send?.({ error: `The other client's read answered ${response.status}` });
      return;
    }
    times.push(performance.now() - started);
  }
  process.send?.({ times });
}

process.on('message', (message) => {
  if (message.start) {
    reading = true;
    times = [];
    void loop(message.start.url, message.start.cookie);
  } else if (message.stop) {
    reading = false;
  } else if (message.exit) {
    process.exit(0);
  }
});
