export const id = 363;
export const ids = [363];
export const modules = {

/***/ 1363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/dockerode/lib/docker.js
var lib_docker = __webpack_require__(9040);
var docker_default = /*#__PURE__*/__webpack_require__.n(lib_docker);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/runner/capture.ts
/** A Writable that keeps only the last `cap` bytes of what it is sent: a task printing gigabytes costs no memory. */

class TailBuffer extends external_node_stream_.Writable {
    cap;
    chunks = [];
    kept = 0;
    total = 0;
    constructor(cap) {
        super();
        this.cap = cap;
    }
    _write(chunk, _enc, done) {
        this.total += chunk.length;
        if (chunk.length >= this.cap) {
            this.chunks = [chunk.subarray(chunk.length - this.cap)];
            this.kept = this.cap;
        }
        else {
            this.chunks.push(chunk);
            this.kept += chunk.length;
            while (this.kept - this.chunks[0].length >= this.cap)
                this.kept -= this.chunks.shift().length;
        }
        done();
    }
    text() {
        const buf = Buffer.concat(this.chunks);
        const tail = buf.subarray(Math.max(0, buf.length - this.cap)).toString('utf8');
        const dropped = this.total - Math.min(this.total, this.cap);
        return dropped > 0 ? `[… ${dropped} earlier bytes not kept]\n${tail}` : tail;
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./src/runner/tar.ts
/**
 * Directories as tar streams for the engine (a build context, a task's tests/ or solution/ copied
 * into a container). Symlinks go in as symlinks, never followed: a task directory cannot make
 * bakeoff read a host file outside it. And the way back: a stream read up to a cap, and the first
 * file of a tar the engine's archive API sent.
 */




/** A tar of `dir`'s contents, each entry under `prefix` (e.g. "tests/" to land at /tests), owned by root. */
function packDirectory(dir, prefix = '') {
    const tar = (0,tar_stream.pack)();
    const owner = { uid: 0, gid: 0 };
    void (async () => {
        try {
            if (prefix)
                await entry(tar, { name: prefix, type: 'directory', mode: 0o755, ...owner });
            await addTree(tar, dir, prefix, owner);
            tar.finalize();
        }
        catch (err) {
            tar.destroy(err);
        }
    })();
    return external_node_stream_.Readable.from(tar);
}
async function addTree(tar, dir, prefix, owner) {
    for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
        const path = (0,external_node_path_.join)(dir, name);
        const st = (0,external_node_fs_.lstatSync)(path);
        const header = { name: `${prefix}${name}`, mode: st.mode & 0o7777, mtime: st.mtime, ...owner };
        if (st.isSymbolicLink())
            await entry(tar, { ...header, type: 'symlink', linkname: (0,external_node_fs_.readlinkSync)(path) });
        else if (st.isDirectory()) {
            await entry(tar, { ...header, name: `${header.name}/`, type: 'directory' });
            await addTree(tar, path, `${header.name}/`, owner);
        }
        else if (st.isFile())
            await fileEntry(tar, { ...header, size: st.size }, path);
    }
}
function entry(tar, header) {
    return new Promise((resolve, reject) => tar.entry(header, (err) => (err ? reject(err) : resolve())));
}
function fileEntry(tar, header, path) {
    return new Promise((resolve, reject) => {
        const sink = tar.entry(header, (err) => (err ? reject(err) : resolve()));
        (0,external_node_fs_.createReadStream)(path).on('error', reject).pipe(sink);
    });
}
const TAR_BLOCK = 512;
/** At most `cap` bytes of a stream; `truncated` when there was more (the rest is not read). */
async function readCapped(stream, cap) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const room = cap - size;
        chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
        size += Math.min(chunk.length, room);
        if (chunk.length > room) {
            ;
            stream.destroy();
            return { data: Buffer.concat(chunks), truncated: true };
        }
    }
    return { data: Buffer.concat(chunks), truncated: false };
}
/** How much of a tar to read for its first file's `cap` bytes: the header and a PAX header before it. */
function tarBytesFor(cap) {
    return cap + 3 * TAR_BLOCK;
}
/**
 * The first regular file of a tar (ustar headers; a PAX extended header before it is skipped), at
 * most `cap` bytes of its content, and its full size; null when the first entry is anything else.
 */
function firstTarFile(archive, cap) {
    const buf = archive.data;
    let at = 0;
    while (at + TAR_BLOCK <= buf.length) {
        const size = parseInt(buf
            .subarray(at + 124, at + 136)
            .toString('ascii')
            .replace(/\0.*$/s, '')
            .trim() || '0', 8);
        const type = String.fromCharCode(buf[at + 156] || 48);
        if (type === 'x' || type === 'g') {
            at += TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
            continue;
        }
        if (type !== '0')
            return null;
        const start = at + TAR_BLOCK;
        return { text: buf.subarray(start, start + Math.min(size, cap)).toString('utf8'), bytes: size };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/runner/cgroup.ts
/**
 * A container's cgroup counters, for cgroup v1 (this machine) and v2 (GitHub's runners): read from
 * the host's cgroupfs when it is visible, else by one `sh` exec inside. parseCgroupProbe is pure.
 */


const V1 = {
    peak: '/sys/fs/cgroup/memory/memory.max_usage_in_bytes',
    oom: '/sys/fs/cgroup/memory/memory.oom_control',
    cpu: '/sys/fs/cgroup/cpuacct/cpuacct.usage',
    cpuAlt: '/sys/fs/cgroup/cpu,cpuacct/cpuacct.usage',
    pids: '/sys/fs/cgroup/pids/pids.events',
};
const V2 = {
    peak: '/sys/fs/cgroup/memory.peak',
    current: '/sys/fs/cgroup/memory.current',
    events: '/sys/fs/cgroup/memory.events',
    cpu: '/sys/fs/cgroup/cpu.stat',
    pids: '/sys/fs/cgroup/pids.events',
};
const FILES = [...Object.values(V1), ...Object.values(V2)];
/** A POSIX sh script that prints "@@ <path>" then the contents of each counter file present. */
const PROBE_SCRIPT = `for f in ${FILES.join(' ')}; do if [ -r "$f" ]; then echo "@@ $f"; cat "$f"; fi; done`;
function splitProbe(text) {
    const files = new Map();
    let current;
    for (const line of text.split('\n')) {
        if (line.startsWith('@@ ')) {
            current = line.slice(3).trim();
            files.set(current, '');
        }
        else if (current !== undefined) {
            files.set(current, files.get(current) + line + '\n');
        }
    }
    return files;
}
/** "key value" lines (memory.events, cpu.stat, pids.events, memory.oom_control) → a map. */
function keyedValues(text) {
    const out = new Map();
    for (const line of (text ?? '').split('\n')) {
        const [key, value] = line.trim().split(/\s+/);
        if (key && value !== undefined && /^\d+$/.test(value))
            out.set(key, Number(value));
    }
    return out;
}
function scalar(text) {
    const v = text?.trim();
    return v && /^\d+$/.test(v) ? Number(v) : null;
}
function parseCgroupProbe(text) {
    const files = splitProbe(text);
    if (files.has(V2.events) || files.has(V2.cpu)) {
        const cpu = keyedValues(files.get(V2.cpu)).get('usage_usec');
        return {
            version: 2,
            peakMemoryBytes: scalar(files.get(V2.peak)) ?? scalar(files.get(V2.current)),
            cpuSeconds: cpu === undefined ? null : cpu / 1e6,
            oomKills: keyedValues(files.get(V2.events)).get('oom_kill') ?? 0,
            pidsMaxEvents: keyedValues(files.get(V2.pids)).get('max') ?? 0,
        };
    }
    if (files.has(V1.oom) || files.has(V1.peak)) {
        const cpuNs = scalar(files.get(V1.cpu)) ?? scalar(files.get(V1.cpuAlt));
        return {
            version: 1,
            peakMemoryBytes: scalar(files.get(V1.peak)),
            cpuSeconds: cpuNs === null ? null : cpuNs / 1e9,
            oomKills: keyedValues(files.get(V1.oom)).get('oom_kill') ?? 0,
            pidsMaxEvents: keyedValues(files.get(V1.pids)).get('max') ?? 0,
        };
    }
    return null;
}
const V1_CONTROLLERS = {
    memory: [V1.peak, V1.oom],
    cpuacct: [V1.cpu],
    pids: [V1.pids],
};
const V2_FILES = Object.values(V2);
/**
 * Reads the same counter files from the host's cgroup filesystem, located through the container's
 * init process: no process has to start in the container (which may have no pids left) and no
 * exec round trip is spent. Returns the probe's text format, or null when the container's cgroup
 * is not visible from here (bakeoff in another container, a remote engine) — then the caller execs.
 */
function readHostCgroup(pid, containerId, roots = { proc: '/proc', cgroup: '/sys/fs/cgroup' }) {
    let membership;
    try {
        membership = (0,external_node_fs_.readFileSync)(`${roots.proc}/${pid}/cgroup`, 'utf8');
    }
    catch {
        return null;
    }
    // The pid must really be this container's: its cgroup path names the container id under both drivers.
    if (!membership.includes(containerId.slice(0, 12)))
        return null;
    const lines = membership
        .trim()
        .split('\n')
        .map((l) => {
        const [, , controllers = '', path = ''] = /^(\d+):([^:]*):(.*)$/.exec(l) ?? [];
        return { controllers: controllers.split(',').filter(Boolean), path };
    });
    const out = [];
    const add = (shownAs, hostFile) => {
        try {
            out.push(`@@ ${shownAs}\n${(0,external_node_fs_.readFileSync)(hostFile, 'utf8')}`);
        }
        catch {
            /* absent on this kernel */
        }
    };
    const v1 = lines.filter((l) => l.controllers.length > 0);
    if (v1.some((l) => l.controllers.includes('memory'))) {
        for (const [controller, files] of Object.entries(V1_CONTROLLERS)) {
            const line = v1.find((l) => l.controllers.includes(controller));
            if (!line)
                continue;
            const mounts = [controller, line.controllers.join(',')].map((m) => `${roots.cgroup}/${m}${line.path}`);
            const dir = mounts.find((d) => (0,external_node_fs_.existsSync)(d));
            if (!dir)
                continue;
            for (const file of files)
                add(file, `${dir}/${(0,external_node_path_.basename)(file)}`);
        }
    }
    else {
        const unified = lines.find((l) => l.controllers.length === 0);
        if (!unified)
            return null;
        const dir = `${roots.cgroup}${unified.path}`;
        if (!(0,external_node_fs_.existsSync)(dir))
            return null;
        for (const file of V2_FILES)
            add(file, `${dir}/${(0,external_node_path_.basename)(file)}`);
    }
    return out.length ? out.join('') : null;
}

;// CONCATENATED MODULE: ./src/runner/labels.ts
/** The labels on every container bakeoff creates: how it finds its own, and never touches anyone else's. */

const LABEL = {
    tool: 'dev.bakeoff',
    run: 'dev.bakeoff.run',
    suite: 'dev.bakeoff.suite',
    task: 'dev.bakeoff.task',
    trial: 'dev.bakeoff.trial',
    attempt: 'dev.bakeoff.attempt',
    /** The candidate a container runs, in a ranking run. */
    candidate: 'dev.bakeoff.candidate',
    /** hostname:pid of the bakeoff process that owns the container. */
    owner: 'dev.bakeoff.owner',
};
const labels_OWNER = `${(0,external_node_os_.hostname)()}:${process.pid}`;

;// CONCATENATED MODULE: ./src/runner/engine-watch.ts

class EngineWatch {
    docker;
    onConnected;
    /** Bumped each time the connection to the engine is lost: a trial that saw it change lost its engine midway. */
    epoch = 0;
    watching = false;
    watchStream;
    listeners = new Map();
    constructor(docker, onConnected) {
        this.docker = docker;
        this.onConnected = onConnected;
    }
    /** Calls `listener` with each event's action (die, pause, destroy, …) for this container until unsubscribed. */
    subscribe(containerId, listener) {
        this.listeners.set(containerId, listener);
        return () => this.listeners.delete(containerId);
    }
    /** Keeps the stream open while a run lasts; Docker ends it when the daemon stops. */
    async start() {
        this.watching = true;
        const connect = async () => {
            while (this.watching) {
                try {
                    const stream = (await this.docker.getEvents({ filters: { type: ['container'], label: [LABEL.tool] } }));
                    this.watchStream = stream;
                    let pending = '';
                    stream.on('data', (chunk) => {
                        const lines = (pending + chunk.toString('utf8')).split('\n');
                        pending = lines.pop() ?? '';
                        for (const line of lines)
                            this.dispatch(line);
                    });
                    const lost = () => {
                        if (!this.watching || this.watchStream !== stream)
                            return;
                        this.watchStream = undefined;
                        // A stream can drop while the engine lives on; only an engine that does not answer was lost.
                        void this.docker.ping().then(() => undefined, () => this.epoch++);
                        setTimeout(() => void connect(), 500);
                    };
                    stream.on('end', lost);
                    stream.on('close', lost);
                    stream.on('error', lost);
                    await this.onConnected();
                    return;
                }
                catch {
                    await new Promise((r) => setTimeout(r, 1000));
                }
            }
        };
        await connect();
    }
    dispatch(line) {
        if (!line.trim())
            return;
        try {
            const event = JSON.parse(line);
            const id = event.Actor?.ID ?? event.id;
            const action = event.Action ?? event.status;
            if (id && action)
                this.listeners.get(id)?.(action);
        }
        catch {
            /* not an event: ignore */
        }
    }
    stop() {
        this.watching = false;
        const s = this.watchStream;
        this.watchStream = undefined;
        s?.destroy?.();
    }
}

;// CONCATENATED MODULE: ./src/runner/faults.ts
class HarnessFault extends Error {
    stage;
    constructor(stage, message) {
        super(message);
        this.stage = stage;
    }
}
const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ESOCKETTIMEDOUT']);
/** An engine API error as the fault it is: a lost connection is the daemon's, a missing image on create the image's, else `stage`'s. */
function faultFrom(err, stage) {
    if (err instanceof HarnessFault)
        return err;
    const e = err;
    const message = e?.json?.message ?? e?.message ?? String(err);
    if ((e?.code && CONNECTION_ERRORS.has(e.code)) || /socket hang up|connect E|EOF/.test(message))
        return new HarnessFault('daemon', message);
    if (stage === 'create' && e?.statusCode === 404 && /image/i.test(message))
        return new HarnessFault('image', message);
    if (e?.statusCode !== undefined && e.statusCode >= 500 && /is not running|connection|daemon|dial unix/i.test(message)) {
        return new HarnessFault('daemon', message);
    }
    return new HarnessFault(stage, message);
}
/** The HTTP status of an engine API error, if it has one (404: no such container, image, file or network). */
function statusOf(err) {
    return err?.statusCode;
}

;// CONCATENATED MODULE: ./src/runner/fate.ts
/**
 * Whether a trial's container is still the one bakeoff started: alive, not paused, not restarted,
 * not removed. An exit code means nothing without this (a container killed from outside makes the
 * next exec report 126 or 137), so every phase checks it before its exit code is believed. Three
 * sources, none of them a timer: the engine's events (which also interrupt an exec frozen by a
 * pause), the kernel's view of the container's init process on the host, and the engine's state.
 */


/** Events that mean the container stopped being the one started; `kill` alone may be a harmless signal. */
const GONE = {
    die: 'killed or stopped from outside (its init process died)',
    stop: 'stopped from outside',
    destroy: 'removed from outside',
    pause: 'paused from outside',
    restart: 'restarted from outside',
};
class ContainerGone extends HarnessFault {
    oomKilled;
    constructor(what, 
    /** The cgroup's OOM killer took the init process: the agent's memory, not an outside hand. */
    oomKilled) {
        super('container-gone', `the trial's container was ${what}`);
        this.oomKilled = oomKilled;
    }
}
/** PF_EXITING: set on a task from the first step of its exit. */
const PF_EXITING = 0x4;
/**
 * Whether the kernel still runs this process as a live member of the container's cgroup; undefined
 * when it cannot tell. "Live" excludes a task that has begun to exit: when a PID namespace's init
 * dies, the kernel kills the namespace's other processes first (so an exec reports 137) while the
 * init still shows as running, to /proc and to the engine — but it already carries PF_EXITING.
 */
function initAlive(pid, containerId) {
    let stat;
    try {
        stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch (err) {
        return err.code === 'ENOENT' ? false : undefined;
    }
    // After "(comm)": state, ppid, pgrp, session, tty_nr, tpgid, flags, …
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' || fields[0] === 'X' || (Number(fields[6]) & PF_EXITING) !== 0)
        return false;
    try {
        return (0,external_node_fs_.readFileSync)(`/proc/${pid}/cgroup`, 'utf8').includes(containerId.slice(0, 12));
    }
    catch {
        return false;
    }
}
class ContainerFate {
    engine;
    container;
    identity;
    /** Aborted the moment the events say the container is gone, so a running exec stops waiting. */
    interrupt = new AbortController();
    outside;
    oomEvent = false;
    unsubscribe;
    /** Whether the host's /proc shows the container's init: only then is its absence there a death. */
    hostProcVisible;
    constructor(engine, container, identity) {
        this.engine = engine;
        this.container = container;
        this.identity = identity;
        this.hostProcVisible = identity.pid !== undefined && engine.initAlive(identity.pid, container.id) === true;
        this.unsubscribe = engine.subscribe(container.id, (action) => {
            if (action === 'oom')
                this.oomEvent = true;
            else if (GONE[action] && !this.outside) {
                // A die after an OOM event is the agent's memory, told apart in check(); others are an outside hand.
                this.outside = GONE[action];
                this.interrupt.abort();
            }
        });
    }
    /** Throws ContainerGone unless the container is still the one started. */
    async check() {
        if (this.outside)
            throw this.gone(this.outside, this.outside === GONE.die);
        const { pid } = this.identity;
        if (pid && this.hostProcVisible && this.engine.initAlive(pid, this.container.id) === false)
            throw this.gone(GONE.die, true);
        const s = await this.engine.state(this.container);
        if (!s)
            throw this.gone('removed from outside');
        if (s.paused)
            throw this.gone('paused from outside');
        if (!s.running)
            throw this.gone(`stopped from outside (exit ${s.exitCode})`, true, s.oomKilled);
        if (s.startedAt !== this.identity.startedAt || (pid && s.pid !== pid))
            throw this.gone('restarted from outside');
        if (this.outside)
            throw this.gone(this.outside, this.outside === GONE.die);
    }
    /** `died`: the init process is gone, and an OOM event or the engine's OOMKilled says the OOM killer did it. */
    gone(what, died = false, oomKilled = false) {
        return new ContainerGone(what, died && (oomKilled || this.oomEvent));
    }
    dispose() {
        this.unsubscribe();
    }
}

;// CONCATENATED MODULE: ./src/runner/networks.ts


/** The run's internal network for an egress allow-list: no route out; the host (the proxy) at its gateway address. */
async function createEgressNetwork(docker, runId) {
    const name = `bakeoff-egress-${runId.slice(0, 12)}`;
    try {
        const network = await docker.createNetwork({
            Name: name,
            Driver: 'bridge',
            Internal: true,
            CheckDuplicate: true,
            Labels: { [LABEL.tool]: 'egress', [LABEL.run]: runId, [LABEL.owner]: labels_OWNER },
        });
        const gateway = (await network.inspect()).IPAM?.Config?.[0]?.Gateway;
        if (!gateway)
            throw new Error(`the network ${name} has no gateway address for the proxy`);
        return { name, gateway: gateway.replace(/\/\d+$/, '') };
    }
    catch (err) {
        throw faultFrom(err, 'network');
    }
}
async function removeNetwork(docker, name) {
    await docker
        .getNetwork(name)
        .remove()
        .catch(() => undefined);
}
/** The container's address on `network`: how the proxy tells the trials apart. */
async function addressOn(container, network) {
    try {
        const ip = (await container.inspect()).NetworkSettings.Networks[network]?.IPAddress;
        if (!ip)
            throw new Error(`the container has no address on ${network}`);
        return ip;
    }
    catch (err) {
        throw faultFrom(err, 'network');
    }
}
/** Attaches the container to `network` or detaches it from it. */
async function setNetwork(docker, containerId, network, attached) {
    const net = docker.getNetwork(network);
    try {
        await (attached ? net.connect({ Container: containerId }) : net.disconnect({ Container: containerId, Force: true }));
    }
    catch (err) {
        throw faultFrom(err, 'internal');
    }
}

;// CONCATENATED MODULE: ./src/runner/reaper.ts


function ownerIsAlive(owner) {
    const [host, pid] = (owner ?? '').split(':');
    if (host !== (0,external_node_os_.hostname)() || !/^\d+$/.test(pid ?? ''))
        return true; // another machine's: not ours to judge
    try {
        process.kill(Number(pid), 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
class ContainerReaper {
    docker;
    /** Containers whose removal failed while the engine was away; removed once it answers again. */
    orphans = new Set();
    disposing = new Set();
    constructor(docker) {
        this.docker = docker;
    }
    async flushOrphans() {
        for (const id of [...this.orphans]) {
            try {
                await this.docker.getContainer(id).remove({ force: true, v: true });
                this.orphans.delete(id);
            }
            catch (err) {
                if (err.statusCode === 404)
                    this.orphans.delete(id);
            }
        }
    }
    get pendingRemovals() {
        return this.orphans.size;
    }
    /**
     * Waits until the engine has finished removing the containers of these runs (AutoRemove works in
     * the background), removing by force what is still there after `timeoutMs`.
     */
    async awaitGone(runIds, timeoutMs = 15_000) {
        const left = async () => (await Promise.all(runIds.map((id) => this.docker.listContainers({ all: true, filters: { label: [`${LABEL.run}=${id}`] } }).catch(() => [])))).flat();
        const deadline = Date.now() + timeoutMs;
        let remaining = await left();
        while (remaining.length && Date.now() < deadline) {
            // A dead container (its removal failed, as when the engine restarted mid-removal) is never taken
            // away by AutoRemove: remove it by force again, each turn, until the engine lets it go.
            await Promise.all(remaining.filter((c) => c.State === 'dead').map((c) => this.remove(this.docker.getContainer(c.Id))));
            await new Promise((r) => setTimeout(r, 25));
            remaining = await left();
        }
        await Promise.all(remaining.filter((c) => c.State !== 'removing').map((c) => this.remove(this.docker.getContainer(c.Id))));
        return (await left()).length;
    }
    /**
     * Ends a trial's container without waiting for the engine's bookkeeping: the SIGKILL is sent at
     * once (the kernel frees the container's memory as its processes die), while the API call that
     * waits for the engine to record the exit (~40 ms) finishes in the background. `settle()` waits
     * for all of them; a run calls it before it reports that nothing is left behind.
     */
    disposeInBackground(container) {
        const p = this.dispose(container).finally(() => this.disposing.delete(p));
        this.disposing.add(p);
    }
    async settle() {
        while (this.disposing.size)
            await Promise.all([...this.disposing]);
    }
    /** Ends a trial's container: SIGKILL to PID 1, and AutoRemove takes it away. Falls back to a forced remove. */
    async dispose(container) {
        try {
            await container.kill({ signal: 'SIGKILL' });
            return;
        }
        catch (err) {
            const status = err.statusCode;
            if (status === 404)
                return; // already gone
        }
        await this.remove(container);
    }
    async remove(container) {
        try {
            await container.remove({ force: true, v: true });
            this.orphans.delete(container.id);
        }
        catch (err) {
            if (err.statusCode === 404)
                return;
            // The daemon may be briefly gone: remember it and remove it once the engine answers again.
            this.orphans.add(container.id);
        }
    }
    /** Removes every container of one bakeoff process (the Action's post step, after its main step ended). */
    async removeOwnedBy(owner) {
        const list = await this.docker.listContainers({ all: true, filters: { label: [`${LABEL.owner}=${owner}`] } });
        const removed = await this.removeEach(list.map((c) => c.Id));
        const networks = await this.docker.listNetworks({ filters: { label: [`${LABEL.owner}=${owner}`] } }).catch(() => []);
        for (const n of networks)
            await this.docker
                .getNetwork(n.Id)
                .remove()
                .catch(() => undefined);
        return removed;
    }
    /**
     * Removes bakeoff containers whose owning process on this host is gone: leftovers of a crashed run.
     * Containers of a live bakeoff process (a parallel job) and containers without bakeoff's label are never touched.
     */
    async removeStale() {
        const list = await this.docker.listContainers({ all: true, filters: { label: [LABEL.tool] } });
        // A container the engine is already removing (or failed to) cannot be removed again until it restarts.
        const stale = list.filter((c) => !ownerIsAlive(c.Labels[LABEL.owner]) && c.State !== 'removing' && c.State !== 'dead');
        const removed = await this.removeEach(stale.map((c) => c.Id));
        await this.removeStaleNetworks();
        return removed;
    }
    /** The egress networks of bakeoff processes that are gone (their containers went first). */
    async removeStaleNetworks() {
        const networks = await this.docker.listNetworks({ filters: { label: [LABEL.tool] } }).catch(() => []);
        for (const n of networks.filter((n) => !ownerIsAlive(n.Labels?.[LABEL.owner]))) {
            await this.docker
                .getNetwork(n.Id)
                .remove()
                .catch(() => undefined);
        }
    }
    /** Force-removes each; counts those that are gone afterwards (already gone counts). */
    async removeEach(ids) {
        const gone = await Promise.all(ids.map((id) => this.docker
            .getContainer(id)
            .remove({ force: true, v: true })
            .then(() => true, (err) => err.statusCode === 404)));
        return gone.filter(Boolean).length;
    }
}

;// CONCATENATED MODULE: ./src/runner/sleep.ts
/** Waits `ms`, or less when `signal` aborts; leaves no listener behind on the signal. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        // An abort before the call fires no event: answer it now rather than wait the full ms.
        if (signal.aborted)
            return done();
        signal.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/runner/docker.ts
/** The Docker engine through dockerode: the trial's `ContainerEngine`, and the run's own needs (environment, builds, storage-opt). */














// Their homes moved; these names stay importable from here.


// PID 1 of a trial container: a shell that idles and reaps orphans, so zombies never eat the pids cap.
const IDLE_CMD = ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 3600 & wait; done'];
/**
 * The trial's side of the engine: create, start, exec, counters. Removal lives in `reaper`, outage
 * detection in `watch`. A trial's container may come as a bare id: `handle` makes it dockerode's.
 */
class DockerBackend {
    docker;
    reaper;
    watch;
    constructor(docker) {
        this.docker = docker ?? new (docker_default())();
        this.reaper = new ContainerReaper(this.docker);
        this.watch = new EngineWatch(this.docker, () => this.reaper.flushOrphans());
    }
    /** The engine's data directory (its images and writable layers), as `docker info` names it. */
    dataRoot;
    get epoch() {
        return this.watch.epoch;
    }
    handle(container) {
        return container instanceof (docker_default()).Container ? container : this.docker.getContainer(container.id);
    }
    async environment() {
        const [info, version] = await Promise.all([this.docker.info(), this.docker.version()]);
        this.dataRoot = info.DockerRootDir;
        const runner = process.env.RUNNER_NAME
            ? { name: process.env.RUNNER_NAME, os: process.env.RUNNER_OS ?? '', arch: process.env.RUNNER_ARCH ?? '' }
            : undefined;
        return {
            host: { cpus: (0,external_node_os_.cpus)().length, memoryBytes: (0,external_node_os_.totalmem)(), kernel: (0,external_node_os_.release)(), os: (0,external_node_os_.platform)(), arch: (0,external_node_os_.arch)() },
            docker: {
                version: String(version.Version ?? info.ServerVersion ?? 'unknown'),
                apiVersion: String(version.ApiVersion ?? 'unknown'),
                cgroupVersion: String(info.CgroupVersion ?? '1'),
                cgroupDriver: String(info.CgroupDriver ?? 'unknown'),
                cpus: Number(info.NCPU ?? (0,external_node_os_.cpus)().length),
                memoryBytes: Number(info.MemTotal ?? (0,external_node_os_.totalmem)()),
                memoryLimit: info.MemoryLimit !== false,
                swapLimit: info.SwapLimit !== false,
                pidsLimit: info.PidsLimit !== false,
                cpuLimit: info.CpuCfsQuota !== false,
            },
            ...(runner ? { runner } : {}),
        };
    }
    storageOpt;
    /**
     * Whether the storage driver enforces a container's disk size (storage-opt size: overlay2 on xfs
     * with pquota, among others): asked once, by creating a container with it and removing it.
     */
    storageOptSupported(image) {
        this.storageOpt ??= this.docker
            .createContainer({
            Image: image,
            Cmd: ['true'],
            Labels: { [LABEL.tool]: 'probe', [LABEL.owner]: labels_OWNER },
            HostConfig: { StorageOpt: { size: '1G' } },
        })
            .then(async (c) => (await c.remove({ force: true }).catch(() => undefined), true), () => false);
        return this.storageOpt;
    }
    async imageExists(image) {
        try {
            await this.docker.getImage(image).inspect();
            return true;
        }
        catch (err) {
            if (statusOf(err) === 404)
                return false;
            throw faultFrom(err, 'daemon');
        }
    }
    async create(spec) {
        const tmpfs = {};
        // mode=1777: scratch space any user can write, as /tmp; Docker would copy the mode of the directory it covers.
        for (const [path, bytes] of Object.entries(spec.tmpfs))
            tmpfs[path] = bytes === null ? 'rw,mode=1777' : `rw,mode=1777,size=${bytes}`;
        // A verify phase with a network (the bridge, the egress network) after an agent with none: created on it, detached before it starts.
        const network = spec.network === 'none' && spec.verifyNetwork && spec.verifyNetwork !== 'none' ? spec.verifyNetwork : spec.network;
        let container;
        try {
            container = await this.docker.createContainer({
                Image: spec.image,
                Cmd: IDLE_CMD,
                ...(spec.workdir ? { WorkingDir: spec.workdir } : {}),
                Env: spec.env,
                Labels: spec.labels,
                NetworkDisabled: network === 'none',
                ...(spec.user !== null ? { User: spec.user } : {}),
                HostConfig: {
                    NetworkMode: network,
                    ...(spec.nanoCpus !== null ? { NanoCpus: spec.nanoCpus } : {}),
                    ...(spec.memoryBytes !== null ? { Memory: spec.memoryBytes, MemorySwap: spec.memorySwapBytes ?? -1 } : {}),
                    MemoryReservation: spec.memoryReservationBytes,
                    PidsLimit: spec.pids,
                    Tmpfs: tmpfs,
                    // The profile's security context (docs/formats.md): capabilities relative to the engine's default set.
                    CapAdd: spec.capAdd,
                    CapDrop: spec.capDrop,
                    SecurityOpt: spec.securityOpt,
                    Binds: [
                        `${spec.taskDir}:/task:ro`,
                        ...(spec.agentMountDir ? [`${spec.agentMountDir}:/agent:ro`] : []),
                        ...(spec.mounts ?? []).map((m) => `${m.source}:${m.target}:ro`),
                    ],
                    // The engine removes the container itself once PID 1 is killed; bakeoff never inspects a
                    // container after that (its counters are read before), and kill returns sooner than remove.
                    AutoRemove: true,
                    Privileged: false,
                    ReadonlyRootfs: spec.readOnlyRoot,
                    ...(spec.storageOptBytes !== undefined ? { StorageOpt: { size: String(spec.storageOptBytes) } } : {}),
                },
            });
        }
        catch (err) {
            throw faultFrom(err, 'create');
        }
        if (network !== spec.network) {
            await setNetwork(this.docker, container.id, network, false).catch(async (err) => {
                await container.remove({ force: true }).catch(() => undefined);
                throw faultFrom(err, 'create');
            });
        }
        return container;
    }
    async start(container) {
        try {
            await this.handle(container).start();
        }
        catch (err) {
            throw faultFrom(err, 'start');
        }
    }
    /**
     * Runs `sh -c command` in the container. Output from both streams goes to `log` (capped by the caller).
     * On timeout the stream is dropped but the process is left running (Docker cannot kill one exec):
     * the caller probes the container, then removes it — nothing else runs in a trial after a timeout.
     */
    async exec(container, command, opts) {
        const started = Date.now();
        let timer;
        let timedOut = false;
        let interrupted = false;
        let removeInterrupt = () => { };
        try {
            const exec = await this.handle(container).exec({
                Cmd: ['sh', '-c', command],
                AttachStdout: true,
                AttachStderr: true,
                Env: opts.env,
                WorkingDir: opts.workdir,
                ...(opts.user !== undefined ? { User: opts.user } : {}),
            });
            const stream = await exec.start({ hijack: true, stdin: false });
            const sink = new external_node_stream_.PassThrough();
            sink.pipe(opts.log, { end: false });
            const out = opts.stdout ? new external_node_stream_.PassThrough() : sink;
            if (opts.stdout)
                out.pipe(opts.stdout, { end: false });
            this.docker.modem.demuxStream(stream, out, sink);
            await new Promise((resolve, reject) => {
                timer = setTimeout(() => {
                    timedOut = true;
                    stream.destroy();
                    resolve();
                }, opts.timeoutMs);
                // The caller learnt the container is no longer the one it started (a frozen exec would hang until its timeout).
                const onInterrupt = () => {
                    interrupted = true;
                    stream.destroy();
                    resolve();
                };
                if (opts.interrupt?.aborted)
                    onInterrupt();
                opts.interrupt?.addEventListener('abort', onInterrupt, { once: true });
                removeInterrupt = () => opts.interrupt?.removeEventListener('abort', onInterrupt);
                stream.on('end', resolve);
                stream.on('close', resolve);
                stream.on('error', (err) => (timedOut || interrupted ? resolve() : reject(err)));
            });
            sink.unpipe(opts.log);
            if (timedOut || interrupted)
                return { exitCode: null, timedOut, durationMs: Date.now() - started };
            const info = await exec.inspect();
            return { exitCode: info.ExitCode ?? null, timedOut, durationMs: Date.now() - started };
        }
        catch (err) {
            throw faultFrom(err, 'internal');
        }
        finally {
            clearTimeout(timer);
            removeInterrupt();
        }
    }
    /**
     * Builds `context` (a directory with a Dockerfile) as `tag`, from local images only (no pull).
     * The build's output goes to `log`; past `timeoutMs` the request is dropped, which stops the build.
     */
    async buildImage(context, tag, opts) {
        const abort = new AbortController();
        const timer = setTimeout(() => abort.abort(), opts.timeoutMs);
        let failure;
        try {
            const stream = await this.docker.buildImage(packDirectory(context), {
                t: tag,
                rm: true,
                forcerm: true,
                abortSignal: abort.signal,
            });
            await new Promise((resolve, reject) => {
                this.docker.modem.followProgress(stream, (err) => (err ? reject(err) : resolve()), (event) => {
                    if (event.stream)
                        opts.log.write(event.stream);
                    if (event.error)
                        opts.log.write(`${(failure = event.error)}\n`);
                });
            });
        }
        catch (err) {
            if (abort.signal.aborted)
                return { ok: false, timedOut: true, message: `the build took longer than ${Math.round(opts.timeoutMs / 1000)} s` };
            const fault = faultFrom(err, 'image');
            if (fault.stage === 'daemon')
                throw fault;
            failure ??= fault.message;
        }
        finally {
            clearTimeout(timer);
        }
        return failure === undefined ? { ok: true } : { ok: false, timedOut: false, message: failure.trim() };
    }
    /**
     * Pulls `image` from its registry, each event of the engine's stream to `onEvent`. A pull that sends
     * nothing for `stallMs` is dropped (which stops it), as is one `signal` aborts; a registry's refusal
     * (no such tag, no access) is the failure's message. A lost engine is thrown, as for a build.
     */
    async pullImage(image, opts) {
        const abort = new AbortController();
        let stalled = false;
        let timer;
        const alive = () => {
            clearTimeout(timer);
            timer = setTimeout(() => ((stalled = true), abort.abort()), opts.stallMs);
        };
        const onAbort = () => abort.abort();
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        let failure;
        try {
            alive();
            const stream = await this.docker.pull(image, { abortSignal: abort.signal });
            await new Promise((resolve, reject) => {
                this.docker.modem.followProgress(stream, (err) => (err ? reject(err) : resolve()), (event) => {
                    alive();
                    if (event.error || event.errorDetail?.message)
                        failure ??= event.error ?? event.errorDetail?.message;
                    opts.onEvent(event);
                });
            });
        }
        catch (err) {
            if (stalled)
                return { ok: false, message: `the pull sent nothing for ${Math.round(opts.stallMs / 1000)} s` };
            if (abort.signal.aborted)
                return { ok: false, message: 'the run was interrupted' };
            const fault = faultFrom(err, 'image');
            if (fault.stage === 'daemon')
                throw fault;
            // The engine's refusal (404: no such tag or repository) without the client's "(HTTP code 404) unexpected - ".
            failure ??= fault.message.replace(/^\(HTTP code \d+\) [a-z ]+ - /, '');
        }
        finally {
            clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
        }
        return failure === undefined ? { ok: true } : { ok: false, message: failure.trim() };
    }
    /** Copies the host directory `dir` into the container as `target` (an absolute path one level deep, e.g. /tests). */
    async putDirectory(container, dir, target) {
        try {
            await this.handle(container).putArchive(packDirectory(dir, `${target.replace(/^\/+/, '')}/`), { path: '/' });
        }
        catch (err) {
            throw faultFrom(err, 'internal');
        }
    }
    /** A tar of `path` in the container, cut at `cap` bytes; null when there is no such path. */
    async readArchive(container, path, cap) {
        let stream;
        try {
            stream = await this.handle(container).getArchive({ path });
        }
        catch (err) {
            if (statusOf(err) === 404)
                return null;
            throw faultFrom(err, 'internal');
        }
        return readCapped(stream, cap);
    }
    createEgressNetwork(runId) {
        return createEgressNetwork(this.docker, runId);
    }
    removeNetwork(name) {
        return removeNetwork(this.docker, name);
    }
    addressOn(container, network) {
        return addressOn(this.handle(container), network);
    }
    setNetwork(container, network, attached) {
        return setNetwork(this.docker, container.id, network, attached);
    }
    /**
     * A regular file in the container, at most `cap` bytes of it, read through the engine's archive
     * API: no process starts in the container. Null when there is no such file (or it is a link or a
     * directory — never followed). `bytes` is the file's full size. The archive API does not see into
     * tmpfs mounts: the caller reads those another way.
     */
    async readFile(container, path, cap) {
        let stream;
        try {
            stream = await this.handle(container).getArchive({ path });
        }
        catch (err) {
            const status = statusOf(err);
            // A missing file is an answer; a missing container is the harness's loss, never "no file".
            if (status === 404 && (await this.isRunning(container)))
                return null;
            throw faultFrom(err, status === 404 ? 'container-gone' : 'internal');
        }
        return firstTarFile(await readCapped(stream, tarBytesFor(cap)), cap);
    }
    async identity(container) {
        try {
            const { State } = await this.handle(container).inspect();
            return { pid: State.Pid || undefined, startedAt: State.StartedAt };
        }
        catch (err) {
            throw faultFrom(err, 'start');
        }
    }
    async state(container) {
        let info;
        try {
            info = await this.handle(container).inspect();
        }
        catch (err) {
            if (statusOf(err) === 404)
                return null;
            throw faultFrom(err, 'internal');
        }
        const s = info.State;
        return { running: s.Running, paused: s.Paused, exitCode: s.ExitCode, oomKilled: s.OOMKilled, startedAt: s.StartedAt, pid: s.Pid };
    }
    initAlive(pid, containerId) {
        return initAlive(pid, containerId);
    }
    subscribe(containerId, listener) {
        return this.watch.subscribe(containerId, listener);
    }
    answers() {
        return this.docker.ping().then(() => true, () => false);
    }
    async awaitEngine(signal, timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        while (!signal.aborted && Date.now() < deadline) {
            try {
                await this.docker.ping();
                await this.reaper.flushOrphans();
                return;
            }
            catch {
                await sleep(1000, signal);
            }
        }
    }
    dispose(container) {
        return this.reaper.dispose(this.handle(container));
    }
    disposeInBackground(container) {
        this.reaper.disposeInBackground(this.handle(container));
    }
    /**
     * Counters from the host's cgroupfs when visible (no process needed inside), else from inside the
     * container; null when neither works (e.g. its pids are exhausted and the cgroup is not visible).
     */
    async probe(container, pid) {
        const host = pid ? readHostCgroup(pid, container.id) : null;
        if (host)
            return parseCgroupProbe(host);
        const out = new TailBuffer(64 * 1024);
        const res = await this.exec(container, PROBE_SCRIPT, { timeoutMs: 15_000, log: out }).catch(() => null);
        if (!res || res.timedOut)
            return null;
        return parseCgroupProbe(out.text());
    }
    /** Fallback when no process can start inside: Docker's stats (pids in use, and v1's memory high-water mark). */
    async stats(container) {
        try {
            const s = (await this.handle(container).stats({ stream: false }));
            const total = s.cpu_stats?.cpu_usage?.total_usage;
            return {
                pids: s.pids_stats?.current ?? null,
                peakMemoryBytes: s.memory_stats?.max_usage ?? s.memory_stats?.usage ?? null,
                cpuSeconds: total === undefined ? null : total / 1e9,
            };
        }
        catch {
            return { pids: null, peakMemoryBytes: null, cpuSeconds: null };
        }
    }
    /** The overlay upper directory on the host, when visible from here. */
    async writableLayerDir(container) {
        const info = await this.handle(container)
            .inspect()
            .catch(() => undefined);
        const dir = info?.GraphDriver?.Data?.UpperDir;
        return dir && (0,external_node_fs_.existsSync)(dir) ? dir : undefined;
    }
    async writableLayerBytes(container) {
        const c = this.handle(container);
        const inspectWithSize = c.inspect;
        return (await inspectWithSize.call(c, { size: true }).catch(() => undefined))?.SizeRw ?? 0;
    }
    async isRunning(container) {
        try {
            return (await this.handle(container).inspect()).State.Running;
        }
        catch {
            return false;
        }
    }
}

;// CONCATENATED MODULE: ./src/app/cleanup.ts
/** What a cancelled or crashed process leaves behind: its trial containers, found by the owner label they carry. */


/** This process's owner label value: saved by the Action's main step so its post step can find the containers. */
const THIS_PROCESS = (/* unused pure expression or super */ null && (OWNER));
/** Removes the containers `owner` started; how many there were. */
async function removeContainersOf(owner) {
    return new DockerBackend().reaper.removeOwnedBy(owner);
}

;// CONCATENATED MODULE: ./src/github/post-step.ts
/**
 * After the job: when the main step was cancelled (GitHub sends SIGINT, then SIGKILL) or crashed,
 * its trial containers may still run. They carry the main step's owner label, saved as step state;
 * this removes exactly those — never another job's, never a container that is not bakeoff's.
 */


const OWNER_STATE = 'owner';
async function postStep() {
    const owner = core/* getState */.Gu(OWNER_STATE);
    if (!owner)
        return;
    try {
        const removed = await removeContainersOf(owner);
        core/* info */.pq(removed ? `bakeoff: removed ${removed} container(s) the main step left behind` : 'bakeoff: no container left behind');
    }
    catch (err) {
        core/* warning */.$e(`bakeoff: could not clean up after the main step: ${err.message}`);
    }
}

;// CONCATENATED MODULE: ./src/post.ts
/** The Action's post step (dist/post.js): a thin shell over src/github/post-step.ts, driven as main.ts is (e.g. by @github/local-action). */


async function run() {
    try {
        await postStep();
    }
    catch (err) {
        // Cleanup after the job must never turn a finished job red: it warns.
        core/* warning */.$e(`bakeoff: post step: ${err.message}`);
        core/* debug */.Yz(err.stack ?? '');
    }
}


/***/ })

};
