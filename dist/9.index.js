export const id = 9;
export const ids = [9];
export const modules = {

/***/ 60009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/dockerode/lib/docker.js
var lib_docker = __webpack_require__(39040);
var docker_default = /*#__PURE__*/__webpack_require__.n(lib_docker);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
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

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
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
const OWNER = `${(0,external_node_os_.hostname)()}:${process.pid}`;

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
            Labels: { [LABEL.tool]: 'egress', [LABEL.run]: runId, [LABEL.owner]: OWNER },
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
class docker_DockerBackend {
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
            Labels: { [LABEL.tool]: 'probe', [LABEL.owner]: OWNER },
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
const THIS_PROCESS = OWNER;
/** Removes the containers `owner` started; how many there were. */
async function cleanup_removeContainersOf(owner) {
    return new DockerBackend().reaper.removeOwnedBy(owner);
}

;// CONCATENATED MODULE: ./src/config/errors.ts
/** A user's mistake in a file: where it is, what is wrong, and how to fix it. Never a stack trace. */
class errors_ConfigError extends Error {
    file;
    problems;
    constructor(file, problems) {
        super(problems.map((p) => formatProblem(file, p)).join('\n'));
        this.file = file;
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
function formatProblem(file, p) {
    const at = p.line ? `${file}:${p.line}` : file;
    const where = p.path ? `${at}: ${p.path}` : at;
    return `${where}: ${p.message}${p.fix ? ` — ${p.fix}` : ''}`;
}
/** Renders a zod-style path (["tasks", 3, "verify"]) as tasks[3].verify. */
function keyPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out ? `.${String(part)}` : String(part);
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __webpack_require__(88532);
;// CONCATENATED MODULE: ./src/config/multiplier.ts
/** The resource multiplier (docs/design.md §3): a positive scale of the profile's ceilings, or "uncapped". */

const multiplierSchema = schemas/* union */.KCZ([schemas/* number */.aig().positive(), schemas/* literal */.euz('uncapped')]);
/** "2", "2x", "0.5" or "uncapped"; undefined when it is none of them. */
function parseMultiplier(value) {
    const v = value.trim();
    if (v === 'uncapped')
        return 'uncapped';
    const n = Number(v.replace(/x$/i, ''));
    return v !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
}
/** A comma-separated list of at least `min` distinct multipliers, returned in increasing order; undefined otherwise. */
function parseMultiplierList(value, min = 2) {
    const parsed = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map(parseMultiplier);
    if (parsed.some((m) => m === undefined))
        return undefined;
    const list = parsed;
    if (list.length < min || new Set(list).size !== list.length)
        return undefined;
    return orderMultipliers(list);
}
const multiplier_multiplierLabel = (m) => (m === 'uncapped' ? 'uncapped' : `${m}x`);
const rank = (m) => (m === 'uncapped' ? Infinity : m);
/** Multipliers in increasing order, uncapped last. */
function orderMultipliers(ms) {
    return [...ms].sort((a, b) => rank(a) - rank(b));
}

;// CONCATENATED MODULE: ./src/config/shard.ts
function parseShard(value) {
    const m = /^(\d+)\/(\d+)$/.exec(value.trim());
    if (!m)
        return undefined;
    const index = Number(m[1]);
    const count = Number(m[2]);
    return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

;// CONCATENATED MODULE: ./src/config/options.ts
/**
 * The run and compare options that the CLI flags and the Action inputs share: one rule each, so
 * the bounds and the wording cannot drift apart. Each rule parses the raw string or says what it expects.
 */



const TRIALS_MAX = 1000;
const number = (check) => (raw) => {
    const n = Number(raw);
    return raw.trim() !== '' && Number.isFinite(n) && check(n) ? n : undefined;
};
const OPTION_RULES = {
    trials: {
        expected: `must be a whole number from 1 to ${TRIALS_MAX}`,
        parse: number((n) => Number.isInteger(n) && n >= 1 && n <= TRIALS_MAX),
    },
    concurrency: {
        expected: 'must be "auto" or a whole number ≥ 1',
        parse: (raw) => (raw.trim() === 'auto' ? 'auto' : number((n) => Number.isInteger(n) && n >= 1)(raw)),
    },
    multiplier: {
        expected: 'must be a positive number (e.g. 2 or 0.5) or "uncapped"',
        parse: parseMultiplier,
    },
    multipliers: {
        expected: 'must list two or more distinct positive numbers or "uncapped", comma-separated, e.g. 1,2,3,uncapped',
        parse: parseMultiplierList,
    },
    /** A ranking's multipliers: one is enough (a ranking at 1x alone); the flip needs two. */
    rankMultipliers: {
        expected: 'must list distinct positive numbers or "uncapped", comma-separated, e.g. 1,uncapped',
        parse: (raw) => parseMultiplierList(raw, 1),
    },
    shard: {
        expected: 'must be I/N with 1 ≤ I ≤ N, e.g. 2/4',
        parse: parseShard,
    },
    alpha: {
        expected: 'must be a fraction between 0 and 1 (e.g. 0.05)',
        parse: number((n) => n > 0 && n < 1),
    },
    fraction: {
        expected: 'must be a fraction from 0 to 1 (e.g. 0.03, not 3)',
        parse: number((n) => n >= 0 && n <= 1),
    },
    costLimits: {
        expected: 'must be a percentage for every metric (20%) or name=percentage pairs (time=10%,cost_usd=20%; names: time, cpu, memory or a reported metric)',
        parse: parseCostLimits,
    },
};
const METRIC_ALIASES = { time: 'agent time', cpu: 'cpu seconds', memory: 'peak memory' };
function parseCostLimits(spec) {
    const limits = { byMetric: {} };
    const parts = spec
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    for (const part of parts) {
        const m = /^(?:([A-Za-z0-9_.-]+)=)?(\d+(?:\.\d+)?)%$/.exec(part);
        if (!m)
            return undefined;
        const fraction = Number(m[2]) / 100;
        if (m[1])
            limits.byMetric[METRIC_ALIASES[m[1]] ?? m[1]] = fraction;
        else
            limits.all = fraction;
    }
    return parts.length ? limits : undefined;
}
/** A comma-separated list of names: " a, b ,c" → ["a", "b", "c"]; empty or absent → []. */
function parseNames(raw) {
    return (raw ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}
function parseRankGate(raw) {
    return {
        incumbent: raw.incumbent?.trim() || undefined,
        failIfIncumbentBeaten: Boolean(raw.failIfIncumbentBeaten),
        failIfWorseThanIncumbent: parseNames(raw.failIfWorseThanIncumbent),
    };
}
class OptionError extends Error {
}
/**
 * Parses one option; an empty or absent value gives `fallback`. `name` is how the user wrote it
 * ("--trials" on the command line, "trials" in a workflow), and the error quotes it back.
 */
function parseOption(rule, name, raw, fallback) {
    if (raw === undefined || raw.trim() === '')
        return fallback;
    const value = rule.parse(raw);
    if (value === undefined)
        throw new OptionError(name.startsWith('--') ? `${name} ${raw}: ${rule.expected}` : `${name} "${raw}" ${rule.expected}`);
    return value;
}
const DEFAULT_THRESHOLDS = { alpha: 0.05, maxDrop: 0.03, maxInfraErrorRate: 0.03 };
const kebab = (key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/**
 * The shared options as one zod schema over raw strings, keyed in camelCase. `style` decides how
 * an error names the option: "--max-drop 3: …" on the command line, 'max-drop "3" …' in a workflow;
 * `names` renames a key where the user knows it by another name.
 */
function commonOptionsSchema(style, names = {}) {
    const field = (rule, key, fallback) => schemas/* string */.YjP()
        .optional()
        .transform((raw, ctx) => {
        try {
            const name = names[key] ?? kebab(key);
            return parseOption(rule, style === 'flag' ? `--${name}` : name, raw, fallback);
        }
        catch (err) {
            ctx.addIssue({ code: 'custom', message: err.message });
            return core_core/* NEVER */.tm;
        }
    });
    return schemas/* object */.Ikc({
        trials: field(OPTION_RULES.trials, 'trials'),
        concurrency: field(OPTION_RULES.concurrency, 'concurrency', 'auto').transform((v) => v),
        multiplier: field(OPTION_RULES.multiplier, 'multiplier', 1).transform((v) => v),
        multipliers: field(OPTION_RULES.multipliers, 'multipliers'),
        rankMultipliers: field(OPTION_RULES.rankMultipliers, 'rankMultipliers', [1, 'uncapped']).transform((v) => v),
        shard: field(OPTION_RULES.shard, 'shard'),
        alpha: field(OPTION_RULES.alpha, 'alpha', DEFAULT_THRESHOLDS.alpha).transform((v) => v),
        maxDrop: field(OPTION_RULES.fraction, 'maxDrop', DEFAULT_THRESHOLDS.maxDrop).transform((v) => v),
        maxInfraErrorRate: field(OPTION_RULES.fraction, 'maxInfraErrorRate', DEFAULT_THRESHOLDS.maxInfraErrorRate).transform((v) => v),
        maxCostIncrease: field(OPTION_RULES.costLimits, 'maxCostIncrease'),
    });
}
const thresholdsOf = (o) => ({
    alpha: o.alpha,
    maxDrop: o.maxDrop,
    maxInfraErrorRate: o.maxInfraErrorRate,
    ...(o.maxCostIncrease ? { maxCostIncrease: o.maxCostIncrease } : {}),
});

;// CONCATENATED MODULE: ./src/results/merge.ts


class MergeError extends Error {
}
function mergeShards(parts) {
    if (parts.length === 0)
        throw new MergeError('no results files given');
    const [first] = parts;
    const problems = [];
    const warnings = [];
    for (const p of parts.slice(1)) {
        const r = p.results;
        const f = first.results;
        if (r.suite.name !== f.suite.name || r.suite.sha256 !== f.suite.sha256)
            problems.push(`${p.file}: suite ${r.suite.name} (${r.suite.sha256.slice(0, 12)}) is not ${f.suite.name} (${f.suite.sha256.slice(0, 12)}) of ${first.file}`);
        if (r.profile.name !== f.profile.name || r.profile.sha256 !== f.profile.sha256 || r.profile.multiplier !== f.profile.multiplier) {
            problems.push(`${p.file}: profile ${r.profile.name} at ${r.profile.multiplier}x is not ` +
                `${f.profile.name} at ${f.profile.multiplier}x of ${first.file} (or its file differs)`);
        }
        if (r.run.ref.sha !== f.run.ref.sha)
            problems.push(`${p.file}: ref ${r.run.ref.sha} is not ${f.run.ref.sha} of ${first.file}`);
        if (r.environment.docker.cpus !== f.environment.docker.cpus || r.environment.docker.version !== f.environment.docker.version) {
            warnings.push(`${p.file} ran on a different environment than ${first.file} (CPUs or Docker version)`);
        }
    }
    const counts = new Set(parts.map((p) => p.results.run.shard?.count ?? 1));
    if (counts.size > 1) {
        const shape = parts.map((p) => `${p.file} is ${p.results.run.shard ? `shard ${p.results.run.shard.index}/${p.results.run.shard.count}` : 'unsharded'}`);
        problems.push(`the files come from different shard counts (${shape.join(', ')}) — merge the shards of one --shard I/N run`);
    }
    // Files of different runs or shardings: their trials would only repeat this, so stop at the cause.
    if (problems.length)
        throw new MergeError(problems.join('\n'));
    const count = [...counts][0];
    const byShard = groupBy(parts, (p) => p.results.run.shard?.index ?? 1);
    for (let i = 1; i <= count; i++) {
        const files = (byShard.get(i) ?? []).map((p) => p.file);
        if (files.length === 0)
            problems.push(`shard ${i}/${count} is missing`);
        if (files.length > 1)
            problems.push(`shard ${i}/${count} is given twice: ${files.join(', ')}`);
    }
    const seen = new Map();
    const tasks = new Map();
    parts.forEach((p, index) => {
        for (const t of p.results.suite.tasks) {
            for (let k = 0; k < t.trials; k++) {
                const key = trialKey(t.id, k);
                const other = seen.get(key);
                if (other !== undefined && other !== index)
                    problems.push(`trial ${k} of task ${t.id} is in both ${parts[other].file} and ${p.file}`);
                seen.set(key, index);
            }
            tasks.set(t.id, t);
        }
        const ran = new Set(p.results.trials.map((t) => trialKey(t.task, t.trial)));
        const planned = p.results.suite.tasks.flatMap((t) => Array.from({ length: t.trials }, (_, k) => trialKey(t.id, k)));
        const missing = planned.filter((k) => !ran.has(k));
        if (missing.length)
            problems.push(`${p.file}: ${missing.length} planned trial(s) have no result ` +
                `(${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}) — finish it with --resume`);
        if (ran.size !== p.results.trials.length)
            problems.push(`${p.file}: a trial appears more than once`);
    });
    if (problems.length)
        throw new MergeError(problems.join('\n'));
    const trials = parts.flatMap((p) => p.results.trials).sort((a, b) => (a.task < b.task ? -1 : a.task > b.task ? 1 : a.trial - b.trial));
    const startedAt = parts.map((p) => p.results.run.startedAt).sort()[0];
    const finishedAt = parts
        .map((p) => p.results.run.finishedAt)
        .sort()
        .at(-1);
    const { shard: _shard, ...run } = first.results.run;
    const merged = {
        ...first.results,
        run: { ...run, id: `${first.results.run.id}+${parts.length - 1}`, startedAt, finishedAt },
        suite: { ...first.results.suite, tasks: [...tasks.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) },
        trials,
        summary: summarize(trials),
    };
    return { merged, warnings };
}

;// CONCATENATED MODULE: ./src/config/units.ts
/** Sizes and durations as users write them in profiles and suites, parsed to bytes and ms. */
// Binary only: Docker's own k/m/g are 1024-based, and so are KiB/MiB/GiB/TiB. Decimal names
// (kB, MB, GB, TB) are refused rather than guessed at: "4GB" read as 4 GiB silently grants 7% more.
const SIZE_UNITS = {
    b: 1,
    k: 1024,
    kib: 1024,
    m: 1024 ** 2,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gib: 1024 ** 3,
    t: 1024 ** 4,
    tib: 1024 ** 4,
};
const DECIMAL_UNITS = /^(kb|mb|gb|tb)$/i;
const SIZE_RE = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/;
function parseSize(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
    if (typeof value !== 'string')
        return undefined;
    const m = SIZE_RE.exec(value);
    if (!m)
        return undefined;
    const factor = SIZE_UNITS[(m[2] || 'b').toLowerCase()];
    if (factor === undefined)
        return undefined;
    return Math.round(Number(m[1]) * factor);
}
/** Why a size is not one, with the fix; undefined when it is one. */
function sizeProblem(value, example) {
    if (parseSize(value) !== undefined)
        return undefined;
    const unit = typeof value === 'string' ? (SIZE_RE.exec(value)?.[2] ?? '') : '';
    if (DECIMAL_UNITS.test(unit)) {
        const binary = `${unit[0].toUpperCase()}iB`;
        return `${JSON.stringify(value)} uses a decimal unit — write ${binary} (or Docker's ${unit[0].toLowerCase()}): sizes here are 1024-based, as Docker's are`;
    }
    return `${JSON.stringify(value)} is not a size — write a number with B, KiB, MiB, GiB, TiB (or Docker's k, m, g), e.g. ${example}`;
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION_RE = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/;
function parseDuration(value) {
    if (typeof value !== 'string')
        return undefined;
    const m = DURATION_RE.exec(value);
    if (!m)
        return undefined;
    return Math.round(Number(m[1]) * DURATION_UNITS[m[2]]);
}
function formatBytes(bytes) {
    if (bytes >= 1024 ** 3)
        return `${trim(bytes / 1024 ** 3)} GiB`;
    if (bytes >= 1024 ** 2)
        return `${trim(bytes / 1024 ** 2)} MiB`;
    if (bytes >= 1024)
        return `${trim(bytes / 1024)} KiB`;
    return `${bytes} B`;
}
function formatDuration(ms) {
    if (Math.round(ms) < 1000)
        return `${Math.round(ms)}ms`;
    const s = ms / 1000;
    // Decide the unit on the rounded figure, so 59.99 s reads 1m rather than 60s (and 119.6 s 2m, not 1m60s).
    if (Number(trim(s)) < 60)
        return `${trim(s)}s`;
    const seconds = Math.round(s);
    const m = Math.floor(seconds / 60);
    const rest = seconds % 60;
    if (m < 60)
        return rest ? `${m}m${rest}s` : `${m}m`;
    const h = Math.floor(m / 60);
    return `${h}h${m % 60}m`;
}
function trim(n) {
    return Number(n.toFixed(n < 10 ? 2 : 1)).toString();
}
/** "1 trial", "3 trials". */
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/runner/engine.ts
/** The local engine, ready for a run: it answers, and leftovers of crashed bakeoff processes are gone. */


class NoEngineError extends Error {
}
/** The engine if one answers, with nothing cleaned up: for read-only checks (validate). */
async function answeringEngine() {
    const backend = new DockerBackend();
    return backend.docker.ping().then(() => backend, () => undefined);
}
async function connectEngine(log) {
    const backend = new docker_DockerBackend();
    try {
        await backend.docker.ping();
    }
    catch (err) {
        throw new NoEngineError(`no Docker engine answers (${err.message}). Start Docker or set DOCKER_HOST; ` +
            'on a fresh Debian machine as root, scripts/setup.sh --engine does it.');
    }
    const removed = await backend.reaper.removeStale().catch(() => 0);
    if (removed)
        log(`bakeoff: removed ${plural(removed, 'container')} left by an earlier bakeoff process that is gone`);
    return backend;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/runner/pull.ts
/**
 * Progress of an image pull or build, as a few lines on the run's log: never the engine's stream
 * itself (one event per chunk of every layer). A pull says each layer it finished, and its total
 * every `everyMs`; a build says the step it is at every `everyMs`. Both say when they start and end.
 * The engine's text (layer ids, step lines, errors a registry sent) is cut to one short printable line.
 */

/** How often a total is told while a pull or build goes on. */
const PROGRESS_EVERY_MS = 10_000;
/** Engine or registry text as one printable line of at most `max` characters (terminal escapes dropped). */
function oneLine(text, max = 200) {
    const flat = text
        // eslint-disable-next-line no-control-regex
        .replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
        .trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/** What a pull's and a build's progress share: the image, where lines go, the clock, and when the last line was told. */
class TimedProgress {
    image;
    log;
    now;
    everyMs;
    lastLine;
    started;
    constructor(image, log, now = Date.now, everyMs = PROGRESS_EVERY_MS) {
        this.image = image;
        this.log = log;
        this.now = now;
        this.everyMs = everyMs;
        this.started = this.lastLine = now();
    }
    /** One line on the log, as `bakeoff: <doing> <image>: <text>`; it resets the clock for the next total. */
    tell(doing, text) {
        this.lastLine = this.now();
        this.log(`bakeoff: ${doing} ${this.image}: ${text}`);
    }
    /** Whether `everyMs` has passed since the last line. */
    due() {
        return this.now() - this.lastLine >= this.everyMs;
    }
}
/** A pull's events summarised: a line per layer pulled, a total on `tick()` when `everyMs` has passed since the last line. */
class PullProgress extends TimedProgress {
    layers = new Map();
    /** The error the stream ended with, if it did. */
    error;
    say(text) {
        this.tell('pulling', text);
    }
    layer(id) {
        let l = this.layers.get(id);
        if (!l)
            this.layers.set(id, (l = { current: 0, total: 0, done: false, present: false }));
        return l;
    }
    event(e) {
        if (e.error || e.errorDetail?.message) {
            this.error = oneLine(e.error ?? e.errorDetail?.message ?? '');
            return;
        }
        // Events without an id are the pull's own (its digest, its status): not a layer.
        if (!e.id || !e.status || !/^[0-9a-f]{6,64}$/.test(e.id))
            return;
        const status = e.status;
        const l = this.layer(e.id);
        if (status === 'Already exists') {
            l.done = l.present = true;
        }
        else if (status === 'Downloading') {
            if (e.progressDetail?.total)
                l.total = e.progressDetail.total;
            if (e.progressDetail?.current !== undefined)
                l.current = e.progressDetail.current;
        }
        else if (status === 'Download complete') {
            l.current = l.total = Math.max(l.current, l.total);
        }
        else if (status === 'Pull complete' && !l.done) {
            l.done = true;
            l.current = l.total = Math.max(l.current, l.total);
            const { done, count } = this.counts();
            this.say(`layer ${e.id} done${l.total ? `, ${formatBytes(l.total)}` : ''} (${done} of ${plural(count, 'layer')})`);
        }
    }
    counts() {
        const all = [...this.layers.values()];
        const pulled = all.filter((l) => !l.present);
        return {
            done: all.filter((l) => l.done).length,
            count: all.length,
            current: pulled.reduce((n, l) => n + l.current, 0),
            // A layer's size is known once its download starts: the total grows until every layer has started.
            total: pulled.reduce((n, l) => n + l.total, 0),
            sized: pulled.every((l) => l.total > 0),
        };
    }
    /** The pull's total so far, when `everyMs` has passed since the last line (called by a timer, and by tests with their own clock). */
    tick() {
        if (!this.due())
            return;
        const c = this.counts();
        const size = c.total ? `${formatBytes(c.current)} of ${c.sized ? '' : 'at least '}${formatBytes(c.total)}` : 'waiting for the registry';
        this.say(`${size}, ${c.done} of ${plural(c.count, 'layer')} done, ${formatDuration(this.now() - this.started)}`);
    }
    /** The closing line's words: layers and bytes pulled, and how long it took. */
    summary() {
        const c = this.counts();
        const present = c.count - [...this.layers.values()].filter((l) => !l.present).length;
        return (`${plural(c.count - present, 'layer')} pulled (${formatBytes(c.total)})` +
            (present ? `, ${present} already present` : '') +
            ` in ${formatDuration(this.now() - this.started)}`);
    }
}
const STEP = /^Step (\d+)\/(\d+) : (.*)$/m;
/** A build's output summarised: on `tick()`, the step it is at, when `everyMs` has passed since the last line. */
class BuildProgress extends TimedProgress {
    step;
    /** A chunk of the build's output (the classic builder says `Step 3/7 : RUN …` as each step starts). */
    output(text) {
        const m = STEP.exec(text);
        if (m)
            this.step = `step ${m[1]}/${m[2]} (${oneLine(m[3], 80)})`;
    }
    tick() {
        if (!this.due())
            return;
        this.tell('building', `${this.step ?? 'sending the context'}, ${formatDuration(this.now() - this.started)}`);
    }
}

;// CONCATENATED MODULE: ./src/runner/agents/npm-package.ts
/**
 * An npm package fetched on the host into bakeoff's cache, once per version: the native binaries of
 * an agent preset (Claude Code, Codex), later mounted read-only into task containers. Whatever the
 * registry sends is treated as hostile: the metadata is size-capped and validated, the tarball is
 * checked against the registry's sha512 before anything is unpacked, and unpacking writes only
 * regular files and directories, inside the package's own directory, under caps.
 */














/**
 * Why a package cannot be had, naming it and the fix. `input`: the name or version asked for is
 * wrong (exit status 2); `registry`: the registry, the network or the file sent is (exit status 1).
 */
class RegistryError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'RegistryError';
    }
}
const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';
// The abbreviated document is a fraction of the full one; a registry without it sends the full one.
const METADATA_ACCEPT = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*';
const MAX_METADATA_BYTES = 50 * 1024 ** 2;
const MAX_TARBALL_BYTES = 2 * 1024 ** 3;
// Counted on the decompressed tar stream, so it bounds a gzip bomb as well as the files' total.
const MAX_UNPACKED_BYTES = 4 * 1024 ** 3;
const MAX_ENTRIES = 100_000;
// A staging dir this old is a killed run's: a live one is minutes old at most.
const ABANDONED_AFTER_MS = 24 * 3_600_000;
const RECENT_VERSIONS_SHOWN = 5;
const STAGING_PREFIX = '.tmp-';
const MARKER = '.verified';
// npm's rules for new names: lowercase, URL-safe, no leading dot or underscore — so no name is `.`,
// `..` or a `.tmp-` staging dir, and a scope adds exactly one path component.
const PACKAGE_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/;
const MAX_NAME_LENGTH = 214;
// semver.org's own expression: an exact version has no `/`, and no empty or `..` component.
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const MAX_VERSION_LENGTH = 256;
const RANGE = /^(?:[\^~]|[<>]=?|=)\s*v?\d|(?:^|\.)[xX*](?:\.|$)|\s-\s|\|\||^\d+(?:\.\d+)?$/;
const SHA512_SRI = /^sha512-[A-Za-z0-9+/]{86}==$/;
const Dist = schemas/* object */.Ikc({
    tarball: schemas/* string */.YjP()
        .max(4096)
        .refine((s) => /^https?:$/.test(urlOrUndefined(s)?.protocol ?? ''), 'must be an http(s) URL'),
    integrity: schemas/* string */.YjP().regex(SHA512_SRI, 'must be a sha512 integrity (sha512-…)'),
    unpackedSize: schemas/* number */.aig().int().nonnegative().optional(),
});
const Manifest = schemas/* object */.Ikc({ version: schemas/* string */.YjP(), dist: Dist });
const Packument = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    'dist-tags': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    versions: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
});
/** The default cache root: $BAKEOFF_CACHE_DIR, else ${XDG_CACHE_HOME:-~/.cache}/bakeoff */
function defaultCacheDir(env = process.env) {
    if (env.BAKEOFF_CACHE_DIR)
        return (0,external_node_path_.resolve)(env.BAKEOFF_CACHE_DIR);
    // The XDG spec says a relative XDG_CACHE_HOME is invalid and to be ignored.
    const xdg = env.XDG_CACHE_HOME && (0,external_node_path_.isAbsolute)(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : undefined;
    return (0,external_node_path_.join)(xdg ?? (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.cache'), 'bakeoff');
}
/** `version` undefined → the registry's dist-tags.latest; otherwise that exact version (a semver range is refused with a clear error). */
async function resolvePackage(name, version, opts) {
    checkName(name);
    if (version !== undefined)
        checkVersion(name, version);
    const registry = registryUrl(opts);
    const doc = await packument(name, version, registry, opts);
    const wanted = version ?? latestOf(doc, name, registry);
    if (!Object.hasOwn(doc.versions, wanted))
        throw unknownVersion(doc, name, wanted, registry);
    return manifestOf(name, wanted, doc.versions[wanted], registry);
}
/** The package's extracted `package/` directory in the cache; downloads, checks integrity, extracts on first use only. */
async function fetchPackage(pkg, opts) {
    checkPackage(pkg);
    opts.signal?.throwIfAborted();
    const root = (0,external_node_path_.join)(opts.cacheDir, 'npm');
    const versionDir = (0,external_node_path_.join)(root, pkg.name, pkg.version);
    const dir = (0,external_node_path_.join)(versionDir, 'package');
    if (await isVerified(versionDir, pkg.integrity))
        return { dir, fetched: false };
    await (0,promises_.mkdir)(root, { recursive: true });
    await sweepAbandoned(root);
    // Staged beside its final place (same file system), so the rename into place is atomic.
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(root, STAGING_PREFIX));
    try {
        await stage(pkg, staging, opts);
        await install((0,external_node_path_.join)(staging, 'v'), versionDir, root, pkg.integrity);
        return { dir, fetched: true };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
// ---- names and versions ----
const labelOf = (name, version) => `${name}@${version ?? 'latest'}`;
function checkName(name) {
    if (name.length <= MAX_NAME_LENGTH && PACKAGE_NAME.test(name))
        return;
    throw new RegistryError('input', `${JSON.stringify(oneLine(name, 100))} is not an npm package name — write a lowercase name such as codex or @openai/codex`);
}
function checkVersion(name, version) {
    if (version.length <= MAX_VERSION_LENGTH && SEMVER.test(version))
        return;
    const shown = JSON.stringify(oneLine(version, 100));
    const what = RANGE.test(version) ? 'a version range' : 'not an exact version';
    throw new RegistryError('input', `${name}@${shown}: ${shown} is ${what} — bakeoff pins one exact version (such as 1.2.3 or 0.171.0-linux-x64), ` +
        `so every run of a suite gets the same agent; leave the version out for the registry's latest`);
}
function checkPackage(pkg) {
    checkName(pkg.name);
    checkVersion(pkg.name, pkg.version);
    const dist = Dist.safeParse(pkg);
    if (!dist.success)
        throw unusable(pkg.name, pkg.version, 'the package', dist.error.issues);
}
function parseSemver(version) {
    const m = SEMVER.exec(version);
    return { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] };
}
function newestFirst(a, b) {
    const [x, y] = [parseSemver(a), parseSemver(b)];
    for (let i = 0; i < 3; i++)
        if (x.core[i] !== y.core[i])
            return y.core[i] - x.core[i];
    if (!x.pre !== !y.pre)
        return x.pre ? 1 : -1;
    return (y.pre ?? '').localeCompare(x.pre ?? '', 'en', { numeric: true });
}
/** The newest few versions, releases only when there are any (a prerelease per platform would crowd them out). */
function recentVersions(doc) {
    const exact = Object.keys(doc.versions).filter((v) => v.length <= MAX_VERSION_LENGTH && SEMVER.test(v));
    const releases = exact.filter((v) => !parseSemver(v).pre);
    return (releases.length ? releases : exact).sort(newestFirst).slice(0, RECENT_VERSIONS_SHOWN);
}
// ---- the registry's metadata ----
function urlOrUndefined(text) {
    try {
        return new URL(text);
    }
    catch {
        return undefined;
    }
}
function registryUrl(opts) {
    const text = opts.registry ?? (process.env.npm_config_registry || process.env.NPM_CONFIG_REGISTRY || DEFAULT_REGISTRY);
    const url = urlOrUndefined(text);
    if (!url || !/^https?:$/.test(url.protocol)) {
        throw new RegistryError('input', `the npm registry ${JSON.stringify(oneLine(text, 200))} is not an http(s) URL — fix npm_config_registry`);
    }
    // A base without its trailing slash would lose its last path component when a name is resolved against it.
    if (!url.pathname.endsWith('/'))
        url.pathname += '/';
    return url;
}
/** A URL as messages show it: never with the credentials it may carry. */
function shown(url) {
    const copy = new URL(url);
    copy.username = copy.password = '';
    return copy.href;
}
async function packument(name, version, registry, opts) {
    const label = labelOf(name, version);
    const url = new URL(name.replace('/', '%2f'), registry);
    const res = await request(url, { accept: METADATA_ACCEPT }, label, opts);
    if (res.status === 404) {
        await res.body?.cancel();
        throw new RegistryError('input', `${label}: there is no package ${name} on ${shown(registry)} — check the name (and npm_config_registry)`);
    }
    const body = await readBody(res, url, label, opts);
    let json;
    try {
        json = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new RegistryError('registry', `${label}: ${shown(url)} sent metadata that is not JSON — check npm_config_registry points at an npm registry`);
    }
    const doc = Packument.safeParse(json);
    if (!doc.success)
        throw unusable(name, version, shown(url), doc.error.issues);
    if (doc.data.name !== name)
        throw unusable(name, version, shown(url), [{ path: ['name'], message: `is ${JSON.stringify(oneLine(doc.data.name, 100))}` }]);
    return doc.data;
}
async function readBody(res, url, label, opts) {
    if (!res.ok || !res.body)
        throw await statusError(res, url, label);
    if (Number(res.headers.get('content-length')) > MAX_METADATA_BYTES) {
        await res.body.cancel();
        throw tooBigMetadata(url, label);
    }
    const read = await midStream(url, label, opts, () => readCapped(external_node_stream_.Readable.fromWeb(res.body), MAX_METADATA_BYTES));
    if (read.truncated)
        throw tooBigMetadata(url, label);
    return read.data;
}
const tooBigMetadata = (url, label) => new RegistryError('registry', `${label}: the metadata at ${shown(url)} is over ${formatBytes(MAX_METADATA_BYTES)} — check npm_config_registry`);
function latestOf(doc, name, registry) {
    const latest = doc['dist-tags']?.latest;
    if (latest !== undefined && latest.length <= MAX_VERSION_LENGTH && SEMVER.test(latest))
        return latest;
    throw new RegistryError('registry', `${name}@latest: ${shown(registry)} names no exact latest version of ${name} — ` +
        `write the version in the suite (one of ${recentVersions(doc).join(', ') || 'none'})`);
}
function unknownVersion(doc, name, version, registry) {
    const latest = doc['dist-tags']?.latest;
    const recent = recentVersions(doc);
    return new RegistryError('input', `${name}@${version}: ${shown(registry)} has no version ${version} of ${name}` +
        (latest ? ` — latest is ${oneLine(latest, 100)}` : '') +
        (recent.length ? `; recent versions: ${recent.join(', ')}` : '') +
        ` — write one of these, or leave the version out for the latest`);
}
function manifestOf(name, version, raw, registry) {
    const manifest = Manifest.safeParse(raw);
    if (!manifest.success)
        throw unusable(name, version, shown(registry), manifest.error.issues, ['versions', version]);
    if (manifest.data.version !== version) {
        throw unusable(name, version, shown(registry), [{ path: ['version'], message: `is ${JSON.stringify(oneLine(manifest.data.version, 100))}` }]);
    }
    const { tarball, integrity, unpackedSize } = manifest.data.dist;
    return { name, version, tarball, integrity, ...(unpackedSize === undefined ? {} : { unpackedSize }) };
}
function unusable(name, version, source, issues, under = []) {
    const problems = issues.slice(0, 3).map((i) => `${keyPath([...under, ...i.path]) || '(document)'} ${oneLine(i.message, 200)}`);
    return new RegistryError('registry', `${labelOf(name, version)}: the metadata from ${source} is not usable (${problems.join('; ')}) — check npm_config_registry points at an npm registry`);
}
// ---- the network ----
async function request(url, headers, label, opts) {
    try {
        return await (opts.fetchImpl ?? fetch)(url, { headers, signal: opts.signal });
    }
    catch (err) {
        if (opts.signal?.aborted)
            throw err;
        throw new RegistryError('registry', `${label}: cannot reach ${shown(url)} (${reasonOf(err)}) — check the network, or set npm_config_registry to a registry this machine can reach`);
    }
}
/** `work` reading a response's body, its network failures said as such; an abort, or an error of ours, as it is. */
async function midStream(url, label, opts, work) {
    try {
        return await work();
    }
    catch (err) {
        if (opts.signal?.aborted || err instanceof RegistryError)
            throw err;
        throw new RegistryError('registry', `${label}: the transfer from ${shown(url)} broke off (${reasonOf(err)}) — retry`);
    }
}
function reasonOf(err) {
    // Node's fetch says only "fetch failed"; what failed (ECONNREFUSED, ENOTFOUND…) is its cause.
    const e = err;
    return oneLine(e?.cause?.message ?? e?.message ?? String(err), 200);
}
async function statusError(res, url, label) {
    await res.body?.cancel();
    const fix = res.status === 401 || res.status === 403
        ? 'bakeoff sends no credentials: set npm_config_registry to a registry that serves it without them'
        : 'retry later, or set npm_config_registry to another registry';
    return new RegistryError('registry', `${label}: ${shown(url)} answered HTTP ${res.status}${res.statusText ? ` ${oneLine(res.statusText, 80)}` : ''} — ${fix}`);
}
// ---- download, verify, unpack ----
/** Counts (and hashes) what passes, and fails the stream once it is over `limit` bytes. */
class Meter extends external_node_stream_.Transform {
    limit;
    over;
    hash;
    bytes = 0;
    constructor(limit, over, hash) {
        super();
        this.limit = limit;
        this.over = over;
        this.hash = hash;
    }
    _transform(chunk, _enc, done) {
        this.bytes += chunk.length;
        if (this.bytes > this.limit)
            return done(this.over());
        this.hash?.update(chunk);
        done(null, chunk);
    }
}
/** `say` called every `everyMs` until the returned stop is. */
function every(everyMs, say) {
    const timer = setInterval(say, everyMs);
    timer.unref();
    return () => clearInterval(timer);
}
/** The verified package unpacked at `<staging>/v/package`, its marker at `<staging>/v/.verified`. */
async function stage(pkg, staging, opts) {
    const log = opts.log ?? (() => { });
    const label = labelOf(pkg.name, pkg.version);
    const started = Date.now();
    const tgz = (0,external_node_path_.join)(staging, 'package.tgz');
    const bytes = await download(pkg, tgz, opts);
    const target = (0,external_node_path_.join)(staging, 'v');
    await makeDir(target);
    const counts = await unpack(tgz, (0,external_node_path_.join)(target, 'package'), label, opts.signal);
    await (0,promises_.writeFile)((0,external_node_path_.join)(target, MARKER), pkg.integrity);
    const skipped = counts.skipped ? `, ${counts.skipped} ${counts.skipped === 1 ? 'link or special file' : 'links or special files'} skipped` : '';
    log(`bakeoff: fetched ${label} (${formatBytes(bytes)}) in ${formatDuration(Date.now() - started)}: ${plural(counts.files, 'file')}${skipped}`);
}
/** The tarball at `file`, checked against `pkg.integrity`; its size. */
async function download(pkg, file, opts) {
    const log = opts.log ?? (() => { });
    const label = labelOf(pkg.name, pkg.version);
    const url = new URL(pkg.tarball);
    const res = await request(url, {}, label, opts);
    if (!res.ok || !res.body)
        throw await statusError(res, url, label);
    const size = Number(res.headers.get('content-length')) || undefined;
    const tooBig = () => new RegistryError('registry', `${label}: the tarball at ${shown(url)} is over ${formatBytes(MAX_TARBALL_BYTES)}: refused, nothing was cached`);
    if (size !== undefined && size > MAX_TARBALL_BYTES) {
        await res.body.cancel();
        throw tooBig();
    }
    log(`bakeoff: fetching ${label} from ${url.host} (${size === undefined ? 'size unknown' : formatBytes(size)})`);
    const hash = (0,external_node_crypto_.createHash)('sha512');
    const meter = new Meter(MAX_TARBALL_BYTES, tooBig, hash);
    const started = Date.now();
    const stop = every(opts.progressEveryMs ?? PROGRESS_EVERY_MS, () => log(`bakeoff: fetching ${label}: ${formatBytes(meter.bytes)}${size ? ` of ${formatBytes(size)}` : ''}, ${formatDuration(Date.now() - started)}`));
    try {
        const body = external_node_stream_.Readable.fromWeb(res.body);
        await midStream(url, label, opts, () => (0,external_node_stream_promises_.pipeline)(body, meter, (0,external_node_fs_.createWriteStream)(file), { signal: opts.signal }));
    }
    finally {
        stop();
    }
    const got = `sha512-${hash.digest('base64')}`;
    if (got !== pkg.integrity) {
        throw new RegistryError('registry', `${label}: the tarball from ${shown(url)} does not match the registry's integrity: expected ${pkg.integrity}, got ${got}; ` +
            `nothing was cached — retry, and if it persists, something between here and the registry is changing the file`);
    }
    return meter.bytes;
}
async function makeDir(dir) {
    await (0,promises_.mkdir)(dir);
    // Explicit, whatever the umask: a container's user other than root reads the mount.
    await (0,promises_.chmod)(dir, 0o755);
}
/** The package's tar under `dest`: regular files and directories only, the first path component stripped as npm does. */
async function unpack(tgz, dest, label, signal) {
    const refuse = (why) => new RegistryError('registry', `${label}: the package's tarball ${why}: refused, nothing was cached`);
    const tar = (0,tar_stream.extract)();
    const meter = new Meter(MAX_UNPACKED_BYTES, () => refuse(`unpacks to over ${formatBytes(MAX_UNPACKED_BYTES)}`));
    // Before feeding, never between it and the loop: tar-stream emits an entry as soon as it has one, and
    // one emitted before the loop listens is lost, the extraction stalled waiting for it to be taken.
    await makeDir(dest);
    const feeding = (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(tgz), (0,external_node_zlib_.createGunzip)(), meter, tar, { signal });
    // Awaited below; until then, a failure must not count as unhandled (the loop sees it through `tar`).
    feeding.catch(() => { });
    try {
        const counts = await writeEntries(tar, dest, refuse);
        await feeding;
        return counts;
    }
    catch (err) {
        if (err instanceof RegistryError || signal?.aborted || err.syscall)
            throw err;
        throw refuse(`is not a gzipped tar (${reasonOf(err)})`);
    }
}
async function writeEntries(tar, dest, refuse) {
    const made = new Set([dest]);
    const counts = { files: 0, skipped: 0, entries: 0 };
    for await (const entry of tar) {
        if (++counts.entries > MAX_ENTRIES)
            throw refuse(`has over ${MAX_ENTRIES} entries`);
        const { type, name, mode } = entry.header;
        const parts = entryPath(name, refuse);
        if (!parts.length || (type !== 'file' && type !== 'contiguous-file' && type !== 'directory')) {
            if (parts.length)
                counts.skipped++;
            entry.resume();
            continue;
        }
        const path = await ensureParents(dest, type === 'directory' ? parts : parts.slice(0, -1), made);
        if (type === 'directory') {
            entry.resume();
            continue;
        }
        const file = (0,external_node_path_.join)(path, parts[parts.length - 1]);
        await (0,external_node_stream_promises_.pipeline)(entry, (0,external_node_fs_.createWriteStream)(file));
        await (0,promises_.chmod)(file, (mode ?? 0) & 0o111 ? 0o755 : 0o644);
        counts.files++;
    }
    return { files: counts.files, skipped: counts.skipped };
}
/** An entry's path inside the package, as components; refused when it could land outside it. */
function entryPath(name, refuse) {
    const shownName = JSON.stringify(oneLine(name, 200));
    if (name.startsWith('/') || name.includes('\0'))
        throw refuse(`has an entry with an absolute path, ${shownName}`);
    const parts = name.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.includes('..'))
        throw refuse(`has an entry that climbs out of the package, ${shownName}`);
    return parts.slice(1);
}
/** `dir` and each of its parents under `root`, made when missing; the full path. */
async function ensureParents(root, parts, made) {
    let path = root;
    for (const part of parts) {
        path = (0,external_node_path_.join)(path, part);
        if (made.has(path))
            continue;
        // Only this run writes in its staging dir, and only files and directories: a path there is never a link.
        await makeDir(path);
        made.add(path);
    }
    return path;
}
// ---- the cache ----
async function isVerified(versionDir, integrity) {
    try {
        const marker = await (0,promises_.readFile)((0,external_node_path_.join)(versionDir, MARKER), 'utf8');
        return marker === integrity && (await (0,promises_.stat)((0,external_node_path_.join)(versionDir, 'package'))).isDirectory();
    }
    catch {
        return false;
    }
}
/** The staged version moved into place; if another run put it there meanwhile, theirs is kept and ours dropped. */
async function install(staged, versionDir, root, integrity) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(versionDir), { recursive: true });
    for (let attempt = 0; attempt < 3; attempt++) {
        try {
            await (0,promises_.rename)(staged, versionDir);
            return;
        }
        catch (err) {
            if (!isTaken(err))
                throw err;
        }
        if (await isVerified(versionDir, integrity))
            return;
        // Another integrity than the registry's now: the version's files changed, or a run was tampered with.
        await discard(versionDir, root);
    }
    throw new Error(`could not move ${versionDir} into place: other runs keep replacing it`);
}
function isTaken(err) {
    const code = err.code;
    return code === 'ENOTEMPTY' || code === 'EEXIST';
}
/** Out of the way with one rename (a run reading it never sees it half deleted), then deleted. */
async function discard(dir, root) {
    const aside = (0,external_node_path_.join)(root, `${STAGING_PREFIX}stale-${(0,external_node_crypto_.randomUUID)()}`);
    try {
        await (0,promises_.rename)(dir, aside);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return;
        throw err;
    }
    await (0,promises_.rm)(aside, { recursive: true, force: true });
}
/** Staging dirs a killed run left behind, deleted; a live run's are recent and kept. */
async function sweepAbandoned(root) {
    const names = (await (0,promises_.readdir)(root)).filter((n) => n.startsWith(STAGING_PREFIX));
    for (const name of names) {
        const path = (0,external_node_path_.join)(root, name);
        try {
            if (Date.now() - (await (0,promises_.stat)(path)).mtimeMs > ABANDONED_AFTER_MS)
                await (0,promises_.rm)(path, { recursive: true, force: true });
        }
        catch {
            // Another run swept it first.
        }
    }
}

;// CONCATENATED MODULE: ./src/config/presets.ts
const PRESETS = {
    'claude-code': {
        mainPackage: '@anthropic-ai/claude-code',
        nativePackage: (version) => ({ name: '@anthropic-ai/claude-code-linux-x64', version }),
        secretEnv: ['ANTHROPIC_API_KEY'],
        plainEnv: ['ANTHROPIC_BASE_URL'],
        api: { baseUrlVar: 'ANTHROPIC_BASE_URL', defaultUrl: 'https://api.anthropic.com' },
    },
    codex: {
        mainPackage: '@openai/codex',
        // Codex publishes each platform's build as a version of the main package (0.171.0-linux-x64).
        nativePackage: (version) => ({ name: '@openai/codex', version: `${version}-linux-x64` }),
        secretEnv: ['OPENAI_API_KEY'],
        plainEnv: ['OPENAI_BASE_URL'],
        api: { baseUrlVar: 'OPENAI_BASE_URL', defaultUrl: 'https://api.openai.com/v1' },
    },
};
/** The model API's host:port a preset will call, given the host's variables: what the agent phase's network must allow. */
function presetApiDestination(preset, hostEnv) {
    const { baseUrlVar, defaultUrl } = PRESETS[preset].api;
    const given = hostEnv[baseUrlVar];
    const raw = given || defaultUrl;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return { problem: `${baseUrlVar}=${raw} is not a URL — give one such as ${defaultUrl}` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return { problem: `${baseUrlVar} must be an http(s) URL, not ${url.protocol}` };
    const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
    return { host: url.hostname.replace(/^\[|\]$/g, ''), port, from: given ? baseUrlVar : 'the default' };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/config/egress.ts
/**
 * The egress allow-list of a profile: `host[:port]`, `*.domain[:port]` or an IP address with an
 * optional port. A bare host means ports 443 and 80. Pure: parsing, validation and matching.
 */

const egress_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Why `pattern` is not a valid rule, with the fix, or the rule. */
function parseEgressRule(pattern) {
    if (typeof pattern !== 'string' || !pattern.trim())
        return { problem: 'must be a host pattern such as api.example.com:443' };
    const text = pattern.trim();
    const bracketed = /^\[([0-9a-fA-F:.]+)\](?::(\d+))?$/.exec(text);
    const [hostPart, portPart] = bracketed ? [bracketed[1], bracketed[2]] : splitPort(text);
    let ports = [443, 80];
    if (portPart !== undefined) {
        const port = Number(portPart);
        if (!/^\d{1,5}$/.test(portPart) || port < 1 || port > 65535)
            return { problem: `port ${portPart} is out of range — use 1 to 65535` };
        ports = [port];
    }
    const host = hostPart.toLowerCase();
    if ((0,external_node_net_.isIP)(host))
        return { text, kind: 'ip', host, ports };
    if (host === '*' || host === '*.')
        return { problem: 'a bare * allows every destination — name the hosts, e.g. *.pypi.org:443' };
    const wildcard = host.startsWith('*.');
    const name = wildcard ? host.slice(2) : host;
    if (host.includes('*') && !wildcard)
        return { problem: 'a * may only stand for whole leading labels, as in *.example.com' };
    const labels = name.split('.');
    if (!labels.every((l) => egress_LABEL.test(l)))
        return { problem: `${JSON.stringify(hostPart)} is not a host name — write e.g. api.example.com` };
    if (wildcard && labels.length < 2)
        return {
            problem: `*.${name} is over-broad (a whole top-level domain) — name the domain, e.g. *.${name === 'com' ? 'example.com' : `example.${name}`}`,
        };
    return { text, kind: wildcard ? 'wildcard' : 'name', host: name, ports };
}
function splitPort(text) {
    const i = text.lastIndexOf(':');
    if (i < 0 || text.indexOf(':') !== i)
        return [text, undefined]; // none, or an IPv6 address without brackets
    return [text.slice(0, i), text.slice(i + 1)];
}
/** The rule that allows `host:port` (a name or an IP literal as the client asked for it), if any. */
function matchEgress(rules, host, port) {
    const h = normalHost(host);
    return rules.find((r) => r.ports.includes(port) && hostMatches(r, h));
}
/** The rule naming `host` on any port: a task's allowed_hosts name hosts, the profile's rules decide the ports. */
function matchEgressHost(rules, host) {
    const h = normalHost(host);
    return rules.find((r) => hostMatches(r, h));
}
function normalHost(host) {
    return host
        .toLowerCase()
        .replace(/^\[|\]$/g, '')
        .replace(/\.$/, '');
}
function hostMatches(rule, h) {
    return rule.kind === 'wildcard' ? h.endsWith(`.${rule.host}`) : h === rule.host;
}
/**
 * The class of an address a wildcard may never reach: loopback, link-local (cloud metadata at
 * 169.254.169.254), private, shared (CGNAT), unspecified, multicast and reserved; undefined for a
 * public address. A rule that names the host exactly (or the address itself) may reach them: an
 * internal service is listed on purpose.
 */
function specialAddressClass(address) {
    if ((0,external_node_net_.isIP)(address) === 4)
        return ipv4Class(address);
    const v6 = address.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
    if (mapped)
        return ipv4Class(mapped[1]);
    if (v6 === '::')
        return 'unspecified';
    if (v6 === '::1')
        return 'loopback';
    if (/^f[cd]/.test(v6))
        return 'private';
    if (/^fe[89ab]/.test(v6))
        return 'link-local';
    return v6.startsWith('ff') ? 'multicast' : undefined;
}
function ipv4Class(address) {
    const [a, b] = address.split('.').map(Number);
    if (a === 0)
        return 'unspecified';
    if (a === 127)
        return 'loopback';
    if (a === 169 && b === 254)
        return 'link-local (cloud metadata)';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168))
        return 'private';
    if (a === 100 && b >= 64 && b <= 127)
        return 'shared (CGNAT)';
    return a >= 224 ? 'multicast or reserved' : undefined;
}
/** Whether `rule` may take the connection to the resolved `address`. */
function addressAllowed(rule, address) {
    if (rule.kind === 'ip')
        return address === rule.host;
    return rule.kind === 'name' || specialAddressClass(address) === undefined;
}
/** The loopback spellings a container's NO_PROXY lists, so its own loopback stays its own. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
/**
 * NO_PROXY for a trial container: the loopback spellings, less any a rule names. A rule naming
 * loopback means the loopback of the machine the proxy runs on (a model gateway beside bakeoff,
 * as one beside the agent in production): the container's own loopback is not it, so such a
 * request must go to the proxy, which alone can reach it. NO_PROXY never excludes an allowed destination.
 */
function noProxyFor(rules) {
    const named = new Set(rules.filter((r) => r.kind !== 'wildcard').map((r) => r.host));
    return LOOPBACK_NAMES.filter((n) => !named.has(n)).join(',');
}
/** The refusal of `destination` (host:port as asked) under `rules`, given where the name resolved. */
function explainRefusal(destination, refusal) {
    const host = destination.replace(/:\d+$/, '');
    if (refusal.reason === 'address-refused') {
        const cls = specialAddressClass(refusal.address ?? '') ?? 'non-public';
        return (`${refusal.rule} matches ${destination}, but ${host} resolves to ${refusal.address} (${cls}), which a wildcard may not reach — ` +
            `if production really reaches it there, list ${destination} exactly in the profile's network.egress`);
    }
    if (refusal.reason === 'not-in-task')
        return `the task's allowed_hosts narrow this phase and do not list ${host} — add it to the task.toml allowed_hosts, within what the profile allows`;
    if (refusal.rule)
        return `no rule allows ${destination}: ${refusal.rule} allows ${host} on other ports only`;
    return `no rule of the profile's network.egress allows ${destination}`;
}
/** The refusal in a few words, for a summary line. */
function refusalBrief(refusal) {
    if (refusal.reason === 'address-refused')
        return `${refusal.rule} may not reach ${refusal.address}, ${specialAddressClass(refusal.address ?? '') ?? 'non-public'}`;
    if (refusal.reason === 'not-in-task')
        return "not in the task's allowed_hosts";
    return refusal.rule ? `no rule for this port; ${refusal.rule} allows other ports` : 'no rule';
}
/** Why `host:port` is refused under `rules` when no rule matches it: possibly a rule naming the host on other ports. */
function noRuleRefusal(rules, host) {
    const h = normalHost(host);
    const other = rules.find((r) => hostMatches(r, h));
    return other ? { reason: 'no-rule', rule: other.text } : { reason: 'no-rule' };
}

;// CONCATENATED MODULE: ./src/config/network.ts
/**
 * Network per phase (docs/design.md §3): the profile's policy for the agent phase (with the setup)
 * and for the verify phase, and a Harbor task's own network keys, which may narrow the profile's
 * policy but never widen it. Pure.
 */

/** The profile's network for each phase: the verify phase's own when it has one, else the agent's. */
function profileNetwork(caps) {
    const agent = caps.network === 'egress' ? { mode: 'egress', egress: [...(caps.egress ?? [])] } : { mode: caps.network };
    if (!caps.verifyNetwork)
        return { agent, verify: { ...agent } };
    const verify = caps.verifyNetwork === 'egress' ? { mode: 'egress', egress: [...(caps.verifyEgress ?? caps.egress ?? [])] } : { mode: caps.verifyNetwork };
    return { agent, verify };
}
/**
 * The network a task's trials run under: the profile's, narrowed per phase by what the task asks
 * (no-network → none; an allow-list → the profile's bridge or allow-list bounded by the task's
 * hosts). What the task asks beyond the profile is not given, and is listed in `over`.
 */
function narrowNetwork(profile, declared) {
    const over = [];
    const phase = (name) => {
        const p = profile[name];
        const asks = declared?.[name];
        if (!asks)
            return p;
        const note = (what) => over.push({ phase: name, asks: what, gives: phaseText(p) });
        if (asks.mode === 'no-network')
            return { mode: 'none' };
        if (asks.mode === 'public') {
            if (p.mode !== 'bridge')
                note('the public internet');
            return p;
        }
        const hosts = asks.hosts ?? [];
        if (hosts.length === 0)
            return { mode: 'none' };
        if (p.mode === 'none') {
            note(`allowed_hosts ${hosts.join(', ')}`);
            return p;
        }
        if (p.mode === 'egress') {
            const rules = rulesOf(p.egress ?? []);
            const beyond = hosts.filter((h) => !hostAllowed(rules, h));
            if (beyond.length)
                note(`${beyond.join(', ')} (allowed_hosts)`);
        }
        return { ...p, mode: 'egress', hosts: [...hosts] };
    };
    return { network: { agent: phase('agent'), verify: phase('verify') }, over };
}
/** Whether two phase networks are the same policy. */
function samePhaseNetwork(a, b) {
    return a.mode === b.mode && (a.egress ?? []).join('\0') === (b.egress ?? []).join('\0') && (a.hosts ?? []).join('\0') === (b.hosts ?? []).join('\0');
}
/** The phase network in a few words: "none", "bridge", "egress [a:443, b]" and the task's hosts when it narrowed it. */
function phaseText(p) {
    if (p.mode !== 'egress')
        return p.mode;
    const list = p.egress ? `egress [${p.egress.join(', ')}]` : 'bridge';
    return p.hosts ? `${list} narrowed to [${p.hosts.join(', ')}]` : list;
}
/** Parsed rules of patterns already validated (a bad one is dropped, never widening the list). */
function rulesOf(patterns) {
    return patterns.map((p) => parseEgressRule(p)).filter((r) => !('problem' in r));
}
/** Whether a rule of the list names `host` (a name, `*.domain` or an IP) on some port: the task names hosts, the profile decides the ports. */
function hostAllowed(rules, host) {
    const rule = parseEgressRule(host);
    if ('problem' in rule)
        return false;
    // A task's wildcard is within the profile's only when the profile's wildcard covers the same domain or a wider one.
    const probe = rule.kind === 'wildcard' ? `x.${rule.host}` : rule.host;
    const covered = matchEgressHost(rules, probe) !== undefined;
    if (rule.kind !== 'wildcard')
        return covered;
    return covered && rules.some((r) => r.kind === 'wildcard' && (rule.host === r.host || rule.host.endsWith(`.${r.host}`)));
}
const HARBOR_MODES = ['public', 'no-network', 'allowlist'];
const MAX_HOSTS = 100;
/**
 * A Harbor task's network keys, as Harbor reads them: `[environment]` network_mode, allowed_hosts
 * and allow_internet make the baseline; `[agent]` and `[verifier]` network_mode/allowed_hosts
 * override it for their phase. allowed_hosts alone means allowlist; with another mode it is refused.
 * A phase is declared only where the file writes one of these keys (Harbor's default, the public
 * internet, is not a request). `raw` is the parsed task.toml: hostile, bounded here.
 */
function harborNetwork(raw) {
    const problems = [];
    const table = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
    const policy = (section, t) => {
        const mode = t.network_mode;
        const hosts = t.allowed_hosts;
        if (mode !== undefined && !HARBOR_MODES.includes(mode)) {
            problems.push({ path: `${section}.network_mode`, message: `must be one of ${HARBOR_MODES.join(', ')}`, fix: 'e.g. network_mode = "allowlist"' });
            return undefined;
        }
        if (hosts === undefined || (Array.isArray(hosts) && hosts.length === 0))
            return mode === undefined ? undefined : { mode: mode };
        const list = allowedHosts(section, hosts, problems);
        if (!list)
            return undefined;
        if (mode !== undefined && mode !== 'allowlist') {
            problems.push({
                path: `${section}.allowed_hosts`,
                message: `is only valid with network_mode = "allowlist", not "${String(mode)}"`,
                fix: 'drop allowed_hosts, or set network_mode = "allowlist"',
            });
            return undefined;
        }
        return { mode: 'allowlist', hosts: list };
    };
    const env = table(raw.environment);
    let baseline = policy('environment', env);
    if (!baseline && env.allow_internet !== undefined) {
        if (typeof env.allow_internet !== 'boolean')
            problems.push({ path: 'environment.allow_internet', message: 'must be true or false', fix: 'e.g. allow_internet = false' });
        else
            baseline = { mode: env.allow_internet ? 'public' : 'no-network' };
    }
    const agent = policy('agent', table(raw.agent)) ?? baseline;
    const verify = policy('verifier', table(raw.verifier)) ?? baseline;
    if (problems.length || (!agent && !verify))
        return { problems };
    return { declared: { ...(agent ? { agent } : {}), ...(verify ? { verify } : {}) }, problems };
}
/** allowed_hosts as Harbor takes them: host names or IPv4 addresses, no scheme, path or port; lower-case, deduplicated. */
function allowedHosts(section, hosts, problems) {
    const path = `${section}.allowed_hosts`;
    if (!Array.isArray(hosts) || hosts.length > MAX_HOSTS) {
        problems.push({
            path,
            message: `must be a list of at most ${MAX_HOSTS} host names`,
            fix: 'e.g. allowed_hosts = ["pypi.org", "files.pythonhosted.org"]',
        });
        return undefined;
    }
    const out = [];
    let bad = false;
    for (const [i, h] of hosts.entries()) {
        const value = typeof h === 'string' ? h.trim().toLowerCase().replace(/\.$/, '') : '';
        const rule = value.length <= 253 && !/[:/]/.test(value) ? parseEgressRule(value) : { problem: '' };
        if (!value || 'problem' in rule) {
            bad = true;
            problems.push({
                path: `${path}[${i}]`,
                message: `${typeof h === 'string' ? JSON.stringify(h.slice(0, 100)) : `a ${typeof h}`} is not a host name or IPv4 address`,
                fix: 'write the host alone, e.g. "pypi.org": no scheme, path or port',
            });
            continue;
        }
        if (!out.includes(value))
            out.push(value);
    }
    return bad ? undefined : out;
}

;// CONCATENATED MODULE: ./src/results/security.ts
/** What every container got before the profile could say: all capabilities dropped, no-new-privileges, the default seccomp profile. */
const BEFORE_RECORDED = { capabilities: { add: [], drop: ['ALL'] }, noNewPrivileges: true, seccomp: 'default' };
/** The security context a run applied; a file written before it was recorded ran under the hardened set it could not change. */
function securityOf(caps) {
    return caps.security ?? BEFORE_RECORDED;
}
/**
 * One line's worth: "capabilities Docker's default", "capabilities none", "capabilities
 * default −NET_RAW +NET_ADMIN", "capabilities none +CHOWN"; then no-new-privileges and an unconfined
 * seccomp where they apply. Names come from a results file: callers escape for where they print.
 */
function securityText(s) {
    const none = s.capabilities.drop.includes('ALL');
    const dropped = none ? [] : s.capabilities.drop.map((c) => ` −${c}`);
    const added = s.capabilities.add.map((c) => ` +${c}`);
    const base = none ? 'none' : dropped.length || added.length ? 'default' : "Docker's default";
    return [
        `capabilities ${base}${dropped.join('')}${added.join('')}`,
        ...(s.noNewPrivileges ? ['no-new-privileges'] : []),
        ...(s.seccomp === 'unconfined' ? ['seccomp unconfined'] : []),
    ].join(', ');
}

;// CONCATENATED MODULE: ./src/runner/caps.ts

/**
 * Ceilings (cpus, memory, tmpfs) scale with the multiplier; the guarantee stays (docs/design.md §3).
 * Docker refuses a CPU ceiling above the host's CPU count, so it is clamped there and a warning
 * says so; swap stays the profile's amount on top of the scaled memory.
 */
function resolveCaps({ profile, multiplier, hostCpus }) {
    const r = profile.resources;
    const warnings = [];
    const scale = (v) => (multiplier === 'uncapped' ? null : Math.round(v * multiplier));
    let cpus = multiplier === 'uncapped' ? null : Number((r.cpus * multiplier).toFixed(3));
    if (cpus !== null && cpus > hostCpus) {
        warnings.push(`cpus ${cpus} exceeds the host's ${hostCpus} CPUs; Docker cannot enforce more, so trials get ${hostCpus}`);
        cpus = hostCpus;
    }
    const memoryBytes = scale(r.memoryBytes);
    const tmpfs = {};
    for (const [path, bytes] of Object.entries(r.tmpfs))
        tmpfs[path] = scale(bytes);
    return {
        caps: {
            cpus,
            memoryBytes,
            memoryGuaranteedBytes: Math.min(r.memoryGuaranteedBytes, memoryBytes ?? Infinity),
            swapBytes: memoryBytes === null ? null : r.swapBytes,
            pids: r.pids,
            tmpfs,
            diskBytes: r.diskBytes === undefined ? null : scale(r.diskBytes),
            diskEnforcement: null,
            network: profile.network,
            ...(profile.egress ? { egress: [...profile.egress] } : {}),
            ...(r.basis === 'task' ? { basis: 'task' } : {}),
            ...(profile.verifyNetwork ? { verifyNetwork: profile.verifyNetwork } : {}),
            ...(profile.verifyEgress ? { verifyEgress: [...profile.verifyEgress] } : {}),
            timeouts: { ...profile.timeouts },
            ...(profile.timeoutsBasis === 'task' ? { timeoutsBasis: 'task' } : {}),
            retries: { ...profile.retries },
            user: profile.user ?? null,
            readOnlyRoot: profile.readOnlyRoot,
            security: {
                capabilities: { add: [...profile.security.capabilities.add], drop: [...profile.security.capabilities.drop] },
                noNewPrivileges: profile.security.noNewPrivileges,
                seccomp: profile.security.seccomp,
            },
        },
        warnings,
    };
}
/**
 * One task's caps under `basis: task`: 1x is what the task declares — its memory is both floor and
 * ceiling, the multiplier scales the ceiling (as the profile's are scaled) — and a resource it does
 * not declare keeps the profile's. Under `basis: profile` every task gets the run's caps.
 */
function capsForTask(caps, declared, multiplier, hostCpus) {
    if (caps.basis !== 'task' || !declared)
        return caps;
    const uncapped = multiplier === 'uncapped';
    const cpus = declared.cpus === undefined || uncapped ? caps.cpus : Math.min(hostCpus, Number((declared.cpus * multiplier).toFixed(3)));
    const memoryBytes = declared.memoryBytes === undefined || uncapped ? caps.memoryBytes : Math.round(declared.memoryBytes * multiplier);
    const floor = declared.memoryBytes ?? caps.memoryGuaranteedBytes;
    return { ...caps, cpus, memoryBytes, memoryGuaranteedBytes: Math.min(floor, memoryBytes ?? Infinity) };
}
/** The caps in Docker's terms: nano-CPUs, and memory+swap as one total (Docker's MemorySwap), null where uncapped. */
function dockerLimits(caps) {
    return {
        nanoCpus: caps.cpus === null ? null : Math.round(caps.cpus * 1e9),
        memoryBytes: caps.memoryBytes,
        memorySwapBytes: caps.memoryBytes === null || caps.swapBytes === null ? null : caps.memoryBytes + caps.swapBytes,
        memoryReservationBytes: caps.memoryGuaranteedBytes,
        pids: caps.pids,
        tmpfs: caps.tmpfs,
        network: caps.network,
        ...(caps.verifyNetwork ? { verifyNetwork: caps.verifyNetwork } : {}),
        user: caps.user ?? null,
        readOnlyRoot: caps.readOnlyRoot ?? false,
        ...securityOpts(caps),
    };
}
/** The security context in Docker's terms: what the results record is what the engine is asked for. */
function securityOpts(caps) {
    const s = securityOf(caps);
    return {
        capAdd: [...s.capabilities.add],
        capDrop: [...s.capabilities.drop],
        securityOpt: [...(s.noNewPrivileges ? ['no-new-privileges'] : []), ...(s.seccomp === 'unconfined' ? ['seccomp=unconfined'] : [])],
    };
}
/**
 * The caps of `caps` the engine says it cannot enforce (docker info), one entry each; `cap` names
 * it. With no caps given, every cap the engine cannot enforce. The one home of this check: the
 * run's warnings and preflight's refusals both read it.
 */
function unenforcedCaps(environment, caps) {
    const d = environment.docker;
    const out = [];
    if ((!caps || caps.memoryBytes !== null) && !d.memoryLimit)
        out.push({ cap: 'memory', what: 'the engine does not enforce memory limits (docker info: MemoryLimit false)' });
    if ((!caps || caps.swapBytes !== null) && !d.swapLimit)
        out.push({ cap: 'swap', what: 'the engine does not enforce swap limits (docker info: SwapLimit false)' });
    if (!d.pidsLimit)
        out.push({ cap: 'pids', what: 'the engine does not enforce pids limits (docker info: PidsLimit false)' });
    if ((!caps || caps.cpus !== null) && d.cpuLimit === false)
        out.push({ cap: 'cpus', what: 'the engine does not enforce CPU limits (docker info: CpuCfsQuota false)' });
    return out;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/runner/selection.ts
/** Which trials a run does, in which order: task filter, shard, trials override, interleaving. Pure. */

function filterTasks(tasks, glob) {
    if (!glob)
        return [...tasks];
    const patterns = glob
        .split(',')
        .map((g) => g.trim())
        .filter(Boolean);
    const match = picomatch_default()(patterns);
    return tasks.filter((t) => match(t.id));
}
/**
 * Deterministic shard split balanced by expected cost: tasks sorted by cost (then id) go one by one
 * to the shard with the least cost so far (longest-processing-time first). Cost is a task's trials
 * times its typical duration when earlier durations are given, else its trial count.
 */
function shardTasks(tasks, shard, durationsMs) {
    const cost = (t) => t.trials * (durationsMs?.get(t.id) ?? 1);
    const order = [...tasks].sort((a, b) => cost(b) - cost(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const load = new Array(shard.count).fill(0);
    const mine = new Set();
    for (const t of order) {
        let best = 0;
        for (let i = 1; i < shard.count; i++)
            if (load[i] < load[best])
                best = i;
        load[best] += cost(t);
        if (best === shard.index - 1)
            mine.add(t.id);
    }
    return tasks.filter((t) => mine.has(t.id));
}
/**
 * The shard of `tasks` that follows `leader`'s partition: a task the leader has lands on the same
 * shard as there, so a sharded head and base run each paired task on one runner; the rest are
 * balanced among themselves.
 */
function shardAlong(tasks, leader, shard) {
    const leaderIds = new Set(leader.map((t) => t.id));
    const mine = new Set(shardTasks(leader, shard).map((t) => t.id));
    for (const t of shardTasks(tasks.filter((t) => !leaderIds.has(t.id)), shard))
        mine.add(t.id);
    return tasks.filter((t) => mine.has(t.id));
}
/** Round-robin over tasks so the trials of one task are spread out, not run back to back. */
function planTrials(tasks) {
    const most = Math.max(0, ...tasks.map((t) => t.trials));
    const jobs = [];
    for (let i = 0; i < most; i++)
        for (const task of tasks)
            if (i < task.trials)
                jobs.push({ task, trial: i });
    return jobs;
}

;// CONCATENATED MODULE: ./src/app/preflight.ts
/**
 * Checks made before the first container starts, so a new user's usual mistakes are told at once
 * instead of showing up as a run of `error` trials: outputs that cannot be written, agent variables
 * unset on the host, images missing from the engine, caps the engine would silently ignore. Harbor
 * tasks' missing docker_images are not refused: they are listed ("will pull: …") and pulled by the run.
 */








/** Every preflight problem at once; adapters print it and exit 2 (the CLI) or fail the step (the Action). */
class PreflightError extends Error {
    problems;
    constructor(problems) {
        super(`${plural(problems.length, 'problem')} found before any container started:\n` + problems.map((p) => `  - ${p.what} — ${p.fix}`).join('\n'));
        this.problems = problems;
    }
}
const CLI_WORDING = {
    missingImage: (image) => `docker pull ${image} (or docker build -t ${image} …); --allow-missing-images counts such trials as error/image instead`,
    unsetVariable: (name) => `export ${name}=… before the run, or list it as "${name}?" in agent.env if it may be empty`,
};
const ACTION_WORDING = {
    missingImage: (image) => `add a step before bakeoff that makes it: run: docker pull ${image} (or docker build -t ${image} …); ` +
        'allow-missing-images: true counts such trials as error/image instead',
    unsetVariable: (name) => `pass it to the bakeoff step: env: { ${name}: \${{ secrets.${name} }} }, or list it as "${name}?" in agent.env if it may be empty`,
};
/** Output files that can be created (or overwritten), and output directories that can be made. */
function outputProblems(outputs) {
    return outputs.flatMap(({ flag, path, kind }) => {
        const full = (0,external_node_path_.resolve)(path);
        if ((0,external_node_fs_.existsSync)(full)) {
            const isDir = (0,external_node_fs_.statSync)(full).isDirectory();
            if (kind === 'file' && isDir)
                return [{ what: `${flag} ${path} is a directory`, fix: 'give a file path' }];
            if (kind === 'dir' && !isDir)
                return [{ what: `${flag} ${path} is a file`, fix: 'give a directory path' }];
            return writable(full) ? [] : [{ what: `${flag} ${path} is not writable`, fix: 'fix its permissions or choose another path' }];
        }
        let parent = (0,external_node_path_.dirname)(full);
        if (kind === 'dir')
            while (!(0,external_node_fs_.existsSync)(parent) && (0,external_node_path_.dirname)(parent) !== parent)
                parent = (0,external_node_path_.dirname)(parent);
        if (!(0,external_node_fs_.existsSync)(parent))
            return [{ what: `${flag} ${path}: the directory ${parent} does not exist`, fix: 'create it first, or choose another path' }];
        if (!(0,external_node_fs_.statSync)(parent).isDirectory())
            return [{ what: `${flag} ${path}: ${parent} is not a directory`, fix: 'choose another path' }];
        return writable(parent) ? [] : [{ what: `${flag} ${path}: cannot write in ${parent}`, fix: 'fix its permissions or choose another path' }];
    });
}
function writable(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.W_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The suite's agent variables that are unset or empty on the host, except those marked optional. */
function unsetVariables(suite, hostEnv, wording) {
    return suite.agent.env
        .filter((name) => !suite.agent.optionalEnv.includes(name) && !hostEnv[name])
        .map((name) => ({ what: `${name} (${whoTakes(suite, name)}) is not set on this host`, fix: wording.unsetVariable(name) }));
}
function whoTakes(suite, name) {
    const agent = suite.agent;
    return agent.kind === 'preset' && PRESETS[agent.preset].secretEnv.includes(name) ? `the ${agent.preset} preset's API key` : 'agent.env';
}
/**
 * A preset agent must reach its model API from the agent phase: the profile's network must allow
 * the host and port it will call (the default, or its base URL's), and the fix is the exact line.
 */
function presetApiProblems(agent, profile, hostEnv) {
    const profileFile = `the profile "${profile.name}"`;
    if (agent.kind !== 'preset')
        return [];
    const api = presetApiDestination(agent.preset, hostEnv);
    if ('problem' in api)
        return [
            {
                what: `${agent.preset}: ${api.problem}`,
                fix: `set ${PRESETS[agent.preset].api.baseUrlVar} to the model API's URL, or unset it for the default`,
            },
        ];
    const destination = `${api.host.includes(':') ? `[${api.host}]` : api.host}:${api.port}`;
    const phase = profileNetwork(profile).agent;
    const what = `${agent.preset} calls its model API at ${destination} (${api.from === 'the default' ? 'its default' : `from ${api.from}`}), `;
    if (phase.mode === 'bridge')
        return [];
    if (phase.mode === 'none')
        return [
            {
                what: `${what}but ${profileFile} gives the agent no network`,
                fix: `in ${profileFile}, set network: { agent: { egress: ["${destination}"] }, verify: none } (or add it to the agent's egress list)`,
            },
        ];
    if (matchEgress(rulesOf(phase.egress ?? []), api.host, api.port))
        return [];
    return [
        {
            what: `${what}which ${profileFile}'s agent allow-list does not allow`,
            fix: `add this line to the agent's egress list in ${profileFile}:  - "${destination}"`,
        },
    ];
}
/**
 * Caps the profile sets that this engine reports it cannot enforce: trials would run uncapped without
 * a word. Swap is left to the run's warnings: many hosts lack swap accounting, and memory still holds.
 */
function unenforcedCapProblems(environment, caps) {
    const fix = 'run on an engine whose kernel has that cgroup controller (GitHub-hosted runners do), or measure with --multiplier uncapped';
    return unenforcedCaps(environment, caps)
        .filter((u) => u.cap !== 'swap')
        .map(({ what }) => ({ what, fix }));
}
const WORDING = { cli: CLI_WORDING, action: ACTION_WORDING };
/** The one place a preflight request is built. The Action writes only into its own temporary directory: its outputs are not checked. */
function preflight_preflightRequest(ask, run) {
    const outputs = ask.where === 'cli' ? (run.outputs ?? []).map((o) => ({ flag: `--${o.name}`, path: o.path, kind: o.kind })) : [];
    return {
        tasksGlob: run.tasksGlob,
        multipliers: run.multipliers,
        outputs,
        hostEnv: process.env,
        allowMissingImages: ask.allowMissingImages,
        wording: WORDING[ask.where],
        ...(run.log ? { log: run.log } : {}),
        ...(run.agents ? { agents: run.agents } : {}),
    };
}
/**
 * Preflight of several configurations run together (a head and its base): every problem of every
 * one, each named by its label ("head: …"), in one PreflightError.
 */
async function preflightEach(sides, ask, run) {
    const problems = [];
    for (const { label, session } of sides) {
        await preflight_preflight(session, preflight_preflightRequest(ask, run)).catch((err) => {
            if (!(err instanceof PreflightError))
                throw err;
            problems.push(...err.problems.map((p) => ({ ...p, what: `${label}: ${p.what}` })));
        });
    }
    if (problems.length)
        throw new PreflightError(problems);
}
/** All checks; throws PreflightError listing every problem. Returns the environment it read. */
async function preflight_preflight(session, req) {
    const suite = session.suite.value;
    const problems = [
        ...outputProblems(req.outputs),
        ...unsetVariables(suite, req.hostEnv, req.wording),
        ...(req.agents ?? [suite.agent]).flatMap((agent) => presetApiProblems(agent, session.profile.value, req.hostEnv)),
    ];
    const environment = await session.backend.environment();
    for (const multiplier of req.multipliers) {
        const { caps } = resolveCaps({ profile: session.profile.value, multiplier, hostCpus: environment.docker.cpus });
        for (const p of unenforcedCapProblems(environment, caps))
            if (!problems.some((q) => q.what === p.what))
                problems.push(p);
    }
    const images = await imageChecks(filterTasks(suite.tasks, req.tasksGlob), (image) => session.backend.imageExists(image));
    if (!req.allowMissingImages)
        problems.push(...images.missing.map(({ image, tasks }) => ({
            what: `image ${image} is not on the engine (tasks: ${shownIds(tasks)})`,
            fix: req.wording.missingImage(image),
        })));
    if (problems.length)
        throw new PreflightError(problems);
    const log = req.log ?? ((line) => process.stderr.write(line + '\n'));
    for (const line of pullLines(images.toPull))
        log(line);
    return environment;
}
/** Task ids as a problem or a notice lists them: the first five, and how many more. */
function shownIds(ids) {
    return ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', ');
}
/**
 * The images `tasks` need that the engine lacks (`exists` asks it, once per image, a few at a time):
 * those bakeoff pulls before the trials (a Harbor task's docker_image), and those the user must make
 * (the suite's own `image:`). Harbor tasks built from their Dockerfile are built, not looked for here.
 */
async function imageChecks(tasks, exists) {
    const byImage = new Map();
    for (const t of tasks) {
        if (t.harbor?.build)
            continue;
        const entry = byImage.get(t.image) ?? { tasks: [], pulled: false };
        entry.tasks.push(t.id);
        // The run pulls an image a Harbor task names, also for the suite's own tasks that share it.
        entry.pulled ||= Boolean(t.harbor);
        byImage.set(t.image, entry);
    }
    const queue = [...byImage.entries()];
    const absent = new Set();
    const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift())
            if (!(await exists(next[0])))
                absent.add(next[0]);
    };
    await Promise.all(Array.from({ length: Math.min(8, queue.length) }, worker));
    const out = { missing: [], toPull: [] };
    for (const [image, { tasks: ids, pulled }] of byImage)
        if (absent.has(image))
            (pulled ? out.toPull : out.missing).push({ image, tasks: ids });
    return out;
}
/** What preflight says of the images the run will pull: one line each. */
function pullLines(toPull) {
    return toPull.map(({ image, tasks }) => `bakeoff: will pull: ${image} (${tasks.length === 1 ? 'task' : 'tasks'} ${shownIds(tasks)})`);
}

;// CONCATENATED MODULE: ./src/app/errors.ts
/**
 * Every error a user can cause, mapped once to what the CLI and the Action show: an exit status
 * and one message (never a stack trace). Anything not known here is a bug and propagates.
 */






const EXIT = { ok: 0, failed: 1, badInput: 2 };
/** A mistake in what the user gave us on the command line or in the workflow: one message, exit status 2. */
class UsageError extends Error {
}
function describeUserError(err) {
    if (err instanceof errors_ConfigError || err instanceof UsageError || err instanceof OptionError || err instanceof PreflightError)
        return { exitCode: EXIT.badInput, message: err.message };
    if (err instanceof MergeError)
        return {
            exitCode: EXIT.badInput,
            message: err.message
                .split('\n')
                .map((m) => `cannot merge: ${m}`)
                .join('\nbakeoff: '),
        };
    // Nothing the user wrote is wrong, but nothing can run either.
    if (err instanceof NoEngineError)
        return { exitCode: EXIT.failed, message: err.message };
    // A preset agent's package: a version that does not exist is the user's; a registry that cannot serve it is not.
    if (err instanceof RegistryError)
        return { exitCode: err.kind === 'input' ? EXIT.badInput : EXIT.failed, message: err.message };
    return undefined;
}

;// CONCATENATED MODULE: ./src/results/group.ts
/** Items grouped by a key, in first-seen order (one pass, no copying). */
function group_groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        const list = groups.get(k);
        if (list)
            list.push(item);
        else
            groups.set(k, [item]);
    }
    return groups;
}
/** The identity of a trial within a run: task id and trial index. */
const group_trialKey = (task, trial) => `${task}#${trial}`;

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
;// CONCATENATED MODULE: ./src/results/schema.ts
/** The results file (docs/design.md §6), as a zod schema: the single source of the types, the loader and the shipped JSON Schema. */


const RESULTS_SCHEMA = 'bakeoff.results/v1';
const outcomeSchema = schemas/* enum */.k5n(['pass', 'fail', 'limit', 'error']);
/**
 * A results file is hostile input: every measure is bounded, so sums over 200,000 trials and
 * ratios between two runs stay finite. 1e15 is past any real count, byte size or millisecond
 * duration (a petabyte; 31,000 years); a reported metric is 0 or a magnitude in [1e-15, 1e15]
 * (the bounds are in the JSON Schema too: Ajv's bare `number` lets Infinity through).
 */
const MEASURE_MAX = 1e15;
const METRIC_MIN_MAGNITUDE = 1e-15;
const count = schemas/* number */.aig().int().min(0).max(MEASURE_MAX);
const nullableInt = schemas/* number */.aig().int().nullable();
const METRIC_RANGE = `a metric is a finite number, 0 or of magnitude ${METRIC_MIN_MAGNITUDE} to ${MEASURE_MAX}`;
const magnitude = schemas/* union */.KCZ([schemas/* literal */.euz(0), schemas/* number */.aig().min(METRIC_MIN_MAGNITUDE).max(MEASURE_MAX)], { error: METRIC_RANGE });
const metricValue = schemas/* union */.KCZ([magnitude, schemas/* number */.aig().min(-MEASURE_MAX).max(-METRIC_MIN_MAGNITUDE)], { error: METRIC_RANGE });
/** Whether the runner may record `x` as a reported metric (the schema's metric range). */
function isMetricValue(x) {
    const m = Math.abs(x);
    return m === 0 || (m >= METRIC_MIN_MAGNITUDE && m <= MEASURE_MAX);
}
const attemptSchema = schemas/* object */.Ikc({
    attempt: schemas/* number */.aig().int().min(1),
    outcome: outcomeSchema,
    reason: schemas/* string */.YjP().nullable(),
    startedAt: schemas/* string */.YjP(),
    durationMs: count,
    /** What went wrong, for errors: the daemon's message, the setup's exit code… */
    detail: schemas/* string */.YjP().optional(),
});
const trialSchema = schemas/* object */.Ikc({
    task: schemas/* string */.YjP(),
    trial: count,
    outcome: outcomeSchema,
    reason: schemas/* string */.YjP().nullable(),
    attempts: schemas/* array */.YOg(attemptSchema).min(1),
    durationMs: count,
    agentDurationMs: count.nullable(),
    peakMemoryBytes: count.nullable(),
    cpuSeconds: magnitude.nullable(),
    agentExitCode: nullableInt,
    verifyExitCode: nullableInt,
    logTail: schemas/* string */.YjP(),
    /** A Harbor verifier's reward (reward.json's deciding key, else reward.txt); null when it wrote none that parses. Absent for bakeoff's own tasks. */
    reward: schemas/* number */.aig().nullable().optional(),
    /** Where this trial's /logs/agent was kept: a tar under the run's agent-logs directory (`<results>.agent-logs/`), for Harbor tasks. */
    agentLogs: schemas/* string */.YjP().optional(),
    /** Where a preset agent's trajectory (its stdout: stream-json, JSONL) was kept, beside agentLogs: its head and tail when long. */
    trajectory: schemas/* string */.YjP().max(500).optional(),
    /** Where this trial's /logs/verifier (ctrf.json, test output, reward files) was kept: a tar beside agentLogs, cut at 1 MiB. */
    verifierLogs: schemas/* string */.YjP().optional(),
    /**
     * Every key of a Harbor verifier's reward.json (absent after a reward.txt). `reward` above is the
     * one that decided: the key "reward" when there is one, the only key, else the smallest (each must be 1 or more to pass).
     */
    rewards: schemas/* record */.g1P(schemas/* string */.YjP().max(100), schemas/* number */.aig().min(-MEASURE_MAX).max(MEASURE_MAX))
        .refine((r) => Object.keys(r).length <= 64, { error: 'at most 64 rewards' })
        .optional(),
    /** The tests a Harbor verifier's ctrf.json named as failed: how many, and the first 20 names. */
    failedTests: schemas/* object */.Ikc({ count, names: schemas/* array */.YOg(schemas/* string */.YjP().max(200)).max(20) }).optional(),
    /** What the agent reported about itself through $BAKEOFF_METRICS (finite numbers only). */
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), metricValue).optional(),
    /**
     * Under an egress allow-list: each destination a phase tried (host:port), allowed or denied, with its traffic;
     * `phase` says whose (absent in older files: the agent's, the only one recorded then).
     */
    egress: schemas/* array */.YOg(schemas/* object */.Ikc({
        phase: schemas/* enum */.k5n(['agent', 'verify']).optional(),
        destination: schemas/* string */.YjP(),
        allowed: schemas/* boolean */.zMY(),
        connections: count,
        bytesOut: count,
        bytesIn: count,
        connectFailures: count,
        /**
         * Absent in older files and on what was allowed. Why it was denied: no rule names this host:port,
         * the rule that names it may not reach the address it resolved to, or the profile allows it but
         * the task narrowed the phase to allowed_hosts that do not list it.
         */
        reason: schemas/* enum */.k5n(['no-rule', 'address-refused', 'not-in-task']).optional(),
        /** no-rule: a rule naming the host on other ports; address-refused: the rule that refused. */
        rule: schemas/* string */.YjP().optional(),
        /** address-refused: the address the name resolved to that the rule may not reach. */
        address: schemas/* string */.YjP().optional(),
    }))
        .optional(),
});
/** Bounded: a results file is read as hostile input; Linux has 41 capabilities, the longest name 18 characters. */
const capabilityNames = schemas/* array */.YOg(schemas/* string */.YjP().max(32)).max(64);
/** Host names of an allow-list, bounded (a task's allowed_hosts: at most 100; a profile's list: as written). */
const hostList = schemas/* array */.YOg(schemas/* string */.YjP().max(300)).max(1000);
const harborPolicySchema = schemas/* object */.Ikc({ mode: schemas/* enum */.k5n(['public', 'no-network', 'allowlist']), hosts: hostList.optional() });
const phaseNetworkSchema = schemas/* object */.Ikc({ mode: schemas/* enum */.k5n(['none', 'bridge', 'egress']), egress: hostList.optional(), hosts: hostList.optional() });
const resolvedCapsSchema = schemas/* object */.Ikc({
    cpus: schemas/* number */.aig().positive().nullable(),
    memoryBytes: count.nullable(),
    memoryGuaranteedBytes: count,
    swapBytes: count.nullable(),
    pids: schemas/* number */.aig().int().positive(),
    tmpfs: schemas/* record */.g1P(schemas/* string */.YjP(), count.nullable()),
    /** Absent in older files. `diskEnforcement`: the engine's storage-opt size, or bakeoff measuring usage while the agent runs. */
    diskBytes: count.nullable().optional(),
    diskEnforcement: schemas/* enum */.k5n(['storage-opt', 'polling']).nullable().optional(),
    network: schemas/* enum */.k5n(['none', 'bridge', 'egress']),
    /** Under network egress: the allow-list that applied. */
    egress: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    /** "task": 1x was each Harbor task's declared cpus and memory (see suite.tasks[].applied); absent: the profile's. */
    basis: schemas/* literal */.euz('task').optional(),
    /** The verify phase's network, when the profile gives it one apart from the agent's (egress: through the same proxy). */
    verifyNetwork: schemas/* enum */.k5n(['none', 'bridge', 'egress']).optional(),
    /** Under verifyNetwork egress: the verify phase's allow-list. */
    verifyEgress: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    timeouts: schemas/* object */.Ikc({ setupMs: count, agentMs: count, verifyMs: count }),
    /** "task": 1x of the agent and verify timeouts was each Harbor task's declared time (see suite.tasks[].timeouts); absent: the profile's. */
    timeoutsBasis: schemas/* literal */.euz('task').optional(),
    retries: schemas/* object */.Ikc({ infra: count }),
    /** Absent in files written before they were recorded: the image's user, a writable root. */
    user: schemas/* string */.YjP().nullable().optional(),
    readOnlyRoot: schemas/* boolean */.zMY().optional(),
    /**
     * Capabilities added to and dropped from the engine's default set (drop ["ALL"]: none but those
     * added), no-new-privileges, seccomp. Absent in files written before it was recorded: every
     * capability dropped, no-new-privileges, the default seccomp profile (what every run applied then).
     */
    security: schemas/* object */.Ikc({
        capabilities: schemas/* object */.Ikc({ add: capabilityNames, drop: capabilityNames }),
        noNewPrivileges: schemas/* boolean */.zMY(),
        seccomp: schemas/* enum */.k5n(['default', 'unconfined']),
    })
        .optional(),
});
const environmentSchema = schemas/* object */.Ikc({
    host: schemas/* object */.Ikc({ cpus: count, memoryBytes: count, kernel: schemas/* string */.YjP(), os: schemas/* string */.YjP(), arch: schemas/* string */.YjP() }),
    docker: schemas/* object */.Ikc({
        version: schemas/* string */.YjP(),
        apiVersion: schemas/* string */.YjP(),
        cgroupVersion: schemas/* string */.YjP(),
        cgroupDriver: schemas/* string */.YjP(),
        cpus: count,
        memoryBytes: count,
        memoryLimit: schemas/* boolean */.zMY(),
        swapLimit: schemas/* boolean */.zMY(),
        pidsLimit: schemas/* boolean */.zMY(),
        /** Whether the storage driver enforces a container's disk size (overlay2 on xfs with pquota); absent in older files. */
        storageOptSize: schemas/* boolean */.zMY().optional(),
        /** CFS quota support (the CPU ceiling); absent in files written before it was recorded. */
        cpuLimit: schemas/* boolean */.zMY().optional(),
    }),
    runner: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), os: schemas/* string */.YjP(), arch: schemas/* string */.YjP() }).optional(),
});
const rate = schemas/* number */.aig().min(0).max(1);
const summarySchema = schemas/* object */.Ikc({
    tasks: count,
    trials: count,
    pass: count,
    fail: count,
    limit: count,
    error: count,
    successRate: rate.nullable(),
    infraErrorRate: rate.nullable(),
    limitRate: rate.nullable(),
    successRateCI95: schemas/* tuple */.PVZ([rate, rate]).nullable(),
});
const resultsSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(RESULTS_SCHEMA),
    run: schemas/* object */.Ikc({
        id: schemas/* string */.YjP(),
        startedAt: schemas/* string */.YjP(),
        finishedAt: schemas/* string */.YjP(),
        ref: schemas/* object */.Ikc({ sha: schemas/* string */.YjP().nullable(), branch: schemas/* string */.YjP().nullable() }),
        tool: schemas/* object */.Ikc({ version: schemas/* string */.YjP() }),
        shard: schemas/* object */.Ikc({ index: schemas/* number */.aig().int().min(1), count: schemas/* number */.aig().int().min(1) }).optional(),
        tasksGlob: schemas/* string */.YjP().optional(),
        /** "oracle" when each Harbor task's own solution was the agent (`--agent oracle`). */
        agent: schemas/* literal */.euz('oracle').optional(),
        /**
         * A preset agent (claude-code, codex) as it ran: its version, model, the sha256 of its binary,
         * and the npm package and integrity hash it was fetched and checked against.
         */
        preset: schemas/* object */.Ikc({
            name: schemas/* string */.YjP().max(64),
            version: schemas/* string */.YjP().max(64),
            model: schemas/* string */.YjP().max(128).optional(),
            binarySha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
            package: schemas/* string */.YjP().max(214),
            integrity: schemas/* string */.YjP().max(200),
        })
            .optional(),
        /** The candidate of a ranking run (`bakeoff rank`): its name, command and environment values. */
        candidate: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), command: schemas/* string */.YjP(), env: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()) }).optional(),
        url: schemas/* string */.YjP().optional(),
        /**
         * A file `bakeoff import` built from another harness's output (a Harbor job directory): bakeoff
         * ran nothing. `capsEnforced: false`: profile.resolved holds the caps that harness was told
         * (as declared, not applied by bakeoff); `undeclared`: the resolved keys it recorded no value
         * for, which hold placeholders. `environment`: the harness's backend (docker, daytona, modal…).
         */
        importedFrom: schemas/* object */.Ikc({
            tool: schemas/* literal */.euz('harbor'),
            capsEnforced: schemas/* literal */.euz(false),
            environment: schemas/* string */.YjP().max(100).nullable(),
            undeclared: schemas/* array */.YOg(schemas/* string */.YjP().max(100)).max(50),
        })
            .optional(),
    }),
    suite: schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        path: schemas/* string */.YjP(),
        sha256: schemas/* string */.YjP(),
        tasks: schemas/* array */.YOg(schemas/* object */.Ikc({
            id: schemas/* string */.YjP(),
            image: schemas/* string */.YjP(),
            trials: schemas/* number */.aig().int().min(1),
            /**
             * A Harbor task's own requests ([environment] cpus, memory, storage; [agent]/[verifier] timeout_sec):
             * what applied is the profile's caps, or under a `basis: task` these scaled (`applied`, `timeouts`).
             */
            declared: schemas/* object */.Ikc({
                cpus: schemas/* number */.aig().optional(),
                memoryBytes: count.optional(),
                storageBytes: count.optional(),
                agentTimeoutMs: count.optional(),
                verifyTimeoutMs: count.optional(),
                /** The network the task asks per phase ([environment], [agent], [verifier] network keys), where its task.toml writes one. */
                network: schemas/* object */.Ikc({ agent: harborPolicySchema.optional(), verify: harborPolicySchema.optional() }).optional(),
            })
                .optional(),
            /** The network this task's trials ran under per phase, when the task narrowed the profile's (absent: the profile's). */
            network: schemas/* object */.Ikc({ agent: phaseNetworkSchema, verify: phaseNetworkSchema }).optional(),
            /** A Harbor task's task.toml keys that bakeoff reads but did not act on (healthcheck, artifacts…), each with what happened instead. */
            unsupported: schemas/* array */.YOg(schemas/* object */.Ikc({ key: schemas/* string */.YjP().max(100), why: schemas/* string */.YjP().max(300) }))
                .max(32)
                .optional(),
            /** Under basis: task, the ceilings this task's trials really got. */
            applied: schemas/* object */.Ikc({ cpus: schemas/* number */.aig().nullable(), memoryBytes: count.nullable() }).optional(),
            /**
             * The timeouts this task's trials ran under, when the suite or the task tightened the profile's, and
             * for every task under `timeoutsBasis: task` (absent: the profile's).
             */
            timeouts: schemas/* object */.Ikc({ setupMs: count, agentMs: count, verifyMs: count }).optional(),
            /**
             * The image the trials ran on, as the engine knew it at the run's start (a tag rebuilt between
             * runs changes it); null: the engine had no such image.
             */
            imageId: schemas/* string */.YjP().max(200).nullable().optional(),
            /** The image's registry digests (repo@sha256:…), where it was pulled or pushed. */
            repoDigests: schemas/* array */.YOg(schemas/* string */.YjP().max(500)).max(32).optional(),
        })),
        /** Harbor task directories not run (compose, GPUs), with why. */
        skipped: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })).optional(),
    }),
    profile: schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        sha256: schemas/* string */.YjP(),
        multiplier: multiplierSchema,
        resolved: resolvedCapsSchema,
    }),
    environment: environmentSchema,
    trials: schemas/* array */.YOg(trialSchema),
    summary: summarySchema,
});
function resultsJsonSchema() {
    return {
        $id: 'https://bakeoff.dev/schema/bakeoff.results-v1.json',
        title: 'bakeoff results file (bakeoff.results/v1)',
        ...json_schema_processors/* toJSONSchema */.bl(resultsSchema, { target: 'draft-2020-12' }),
    };
}

;// CONCATENATED MODULE: ./src/results/events.ts
/**
 * The events file: one JSON line per finished trial, appended as the run goes, so a killed run
 * loses nothing and --resume continues it. The first line identifies the run.
 */



function readEvents(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const lines = (0,external_node_fs_.readFileSync)(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
    let header;
    const trials = new Map();
    let skippedLines = 0;
    for (const line of lines) {
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            skippedLines++;
            continue;
        }
        const v = value;
        if (v.type === 'run' && !header)
            header = value;
        else if (v.type === 'trial') {
            const parsed = trialSchema.safeParse(value);
            if (parsed.success)
                trials.set(group_trialKey(parsed.data.task, parsed.data.trial), parsed.data);
            else
                skippedLines++;
        }
        else
            skippedLines++;
    }
    if (!header)
        return undefined;
    return { header, trials: [...trials.values()], skippedLines };
}
class EventsWriter {
    file;
    onWriteError;
    /** Lines a full disk (or another write error) kept out of the file, written first on the next append. */
    unwritten = [];
    /** `onWriteError` hears once per failing stretch: the run goes on, its trials stay in memory. */
    constructor(file, onWriteError = () => undefined) {
        this.file = file;
        this.onWriteError = onWriteError;
    }
    /** Starts a new log; an older file at the same path is kept beside it, never overwritten. */
    start(header) {
        let movedTo;
        if ((0,external_node_fs_.existsSync)(this.file)) {
            movedTo = `${this.file}.${header.startedAt.replace(/[:.]/g, '-')}.old`;
            (0,external_node_fs_.renameSync)(this.file, movedTo);
        }
        (0,external_node_fs_.writeFileSync)(this.file, JSON.stringify(header) + '\n');
        return movedTo;
    }
    /**
     * Synchronous append: the line is in the file before the next trial is reported. A write that
     * fails (a full disk) does not end the run: the line waits and is written with the next one, and
     * a line cut short by the full disk is skipped on reading, as after a kill.
     */
    append(trial) {
        const wasFailing = this.unwritten.length > 0;
        this.unwritten.push(JSON.stringify({ type: 'trial', ...trial }) + '\n');
        try {
            (0,external_node_fs_.appendFileSync)(this.file, (wasFailing ? '\n' : '') + this.unwritten.join(''));
            this.unwritten = [];
        }
        catch (err) {
            if (!wasFailing)
                this.onWriteError(err);
        }
    }
    get pendingLines() {
        return this.unwritten.length;
    }
}

;// CONCATENATED MODULE: ./src/results/wilson.ts
/**
 * Wilson score interval for a binomial proportion (Wilson 1927):
 *   centre = (p̂ + z²/2n) / (1 + z²/n),  half = z·sqrt(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n)
 * Unlike the Wald interval it stays inside [0, 1] and behaves at p̂ = 0 or 1.
 */
const Z95 = 1.959963984540054;
function wilson(successes, n, z = Z95) {
    if (n <= 0)
        return null;
    const p = successes / n;
    const z2 = z * z;
    const denom = 1 + z2 / n;
    const centre = (p + z2 / (2 * n)) / denom;
    const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

;// CONCATENATED MODULE: ./src/results/summary.ts

function summary_summarize(trials) {
    const counts = { pass: 0, fail: 0, limit: 0, error: 0 };
    const tasks = new Set();
    for (const t of trials) {
        counts[t.outcome]++;
        tasks.add(t.task);
    }
    const n = trials.length;
    const valid = n - counts.error;
    return {
        tasks: tasks.size,
        trials: n,
        ...counts,
        successRate: valid > 0 ? counts.pass / valid : null,
        infraErrorRate: n > 0 ? counts.error / n : null,
        limitRate: n > 0 ? counts.limit / n : null,
        successRateCI95: wilson(counts.pass, valid),
    };
}

;// CONCATENATED MODULE: ./src/runner/agents/command.ts

function commandPlan(agent) {
    const { candidate } = agent;
    return {
        command: agent.command,
        ...(agent.setup ? { setup: agent.setup } : {}),
        values: candidate?.values ?? {},
        ...(agent.mountDir ? { mountDir: agent.mountDir } : {}),
        labels: candidate ? { [LABEL.candidate]: candidate.name } : {},
        files: () => [],
        recorded: candidate ? { candidate: { name: candidate.name, command: agent.command, env: candidate.values } } : {},
    };
}

;// CONCATENATED MODULE: ./src/runner/agents/oracle.ts
const ORACLE_COMMAND = 'bash /solution/solve.sh';
function oraclePlan(_agent) {
    return {
        command: ORACLE_COMMAND,
        values: {},
        labels: {},
        files: (task) => (task.harbor?.solutionDir ? [{ dir: task.harbor.solutionDir, target: '/solution' }] : []),
        recorded: { agent: 'oracle' },
    };
}

;// CONCATENATED MODULE: ./src/runner/agents/preset-run.ts
/** Where a preset's files are seen inside the container. */
const PRESET_PATHS = {
    /** The npm package, read-only. */
    agent: '/.bakeoff/agent',
    /** The loader and libraries a glibc build starts with, read-only. */
    support: '/.bakeoff/support',
    /** The agent's HOME: writable, in memory, gone with the container. */
    home: '/.bakeoff/home',
};
/** A value as one shell word. */
function shellQuote(v) {
    return `'${v.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/runner/agents/trajectory.ts
/**
 * An agent's trajectory (Claude Code's stream-json, Codex's JSONL events) as its stdout streams
 * out of the container: each line is read as it arrives, so the usage of an agent killed midway
 * is known up to its kill, and a bounded head and tail are kept for the report page. Hostile
 * input: lines are capped, a line that is not a JSON object is skipped, numbers are checked.
 */



const MAX_LINE = 1024 * 1024;
/** Kept for the report page: the start (the task as the agent took it) and the end (how it finished). */
const KEEP_HEAD = 256 * 1024;
const KEEP_TAIL = 256 * 1024;
class TrajectorySink extends external_node_stream_.Writable {
    reader;
    partial = [];
    partialBytes = 0;
    overlong = false;
    head = [];
    headBytes = 0;
    tail = [];
    tailBytes = 0;
    total = 0;
    skippedLines = 0;
    constructor(reader) {
        super();
        this.reader = reader;
    }
    _write(chunk, _enc, done) {
        this.keep(chunk);
        let start = 0;
        for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
            this.take(chunk.subarray(start, nl));
            this.endLine();
            start = nl + 1;
        }
        this.take(chunk.subarray(start));
        done();
    }
    /** What the trajectory says; a last line without its newline (the agent was killed mid-line) is read too. */
    reading() {
        if (this.partialBytes)
            this.endLine();
        return this.reader.finish();
    }
    /** The kept text: all of it when small, else its head and tail with a line saying how much was left out. */
    kept() {
        const head = Buffer.concat(this.head).toString('utf8');
        if (this.total <= KEEP_HEAD)
            return head;
        const tail = Buffer.concat(this.tail);
        const tailText = tail.subarray(Math.max(0, tail.length - KEEP_TAIL)).toString('utf8');
        const omitted = this.total - this.headBytes - Math.min(tail.length, KEEP_TAIL);
        return omitted > 0 ? `${head}\n{"type":"bakeoff.omitted","bytes":${omitted}}\n${tailText}` : head + tailText;
    }
    keep(chunk) {
        this.total += chunk.length;
        const room = KEEP_HEAD - this.headBytes;
        if (room > 0) {
            const part = chunk.subarray(0, room);
            this.head.push(part);
            this.headBytes += part.length;
            chunk = chunk.subarray(part.length);
        }
        if (!chunk.length)
            return;
        this.tail.push(chunk);
        this.tailBytes += chunk.length;
        while (this.tailBytes - this.tail[0].length >= KEEP_TAIL)
            this.tailBytes -= this.tail.shift().length;
    }
    take(part) {
        if (this.overlong || !part.length)
            return;
        if (this.partialBytes + part.length > MAX_LINE) {
            this.overlong = true;
            this.partial = [];
            this.partialBytes = 0;
            return;
        }
        this.partial.push(part);
        this.partialBytes += part.length;
    }
    endLine() {
        const line = this.overlong ? null : Buffer.concat(this.partial).toString('utf8').trim();
        this.partial = [];
        this.partialBytes = 0;
        this.overlong = false;
        if (line === null)
            return void this.skippedLines++;
        if (!line)
            return;
        const event = parseObject(line);
        if (event)
            this.reader.event(event);
        else
            this.skippedLines++;
    }
}
function parseObject(line) {
    try {
        const v = JSON.parse(line);
        return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** A count or amount from the agent's output, if it is one the results file can hold. */
function metricNumber(v) {
    return typeof v === 'number' && isMetricValue(v) ? v : undefined;
}
/** An object field of an event, or an empty one. */
function field(o, key) {
    const v = o && typeof o === 'object' ? o[key] : undefined;
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
/** The metrics that are numbers, under their standard names. */
function usageMetrics(m) {
    return Object.fromEntries(Object.entries(m).filter((e) => e[1] !== undefined && isMetricValue(e[1])));
}
/** Agent text quoted in a reason's detail: one short printable line. */
function shortText(v, max = 300) {
    return oneLine(typeof v === 'string' ? v : JSON.stringify(v ?? ''), max);
}

;// CONCATENATED MODULE: ./src/runner/agents/claude-code.ts
/**
 * Claude Code's native build, headless (docs/presets/claude-code.md): `--print` with the
 * instruction on stdin, stream-json events on stdout, its permission prompts off because the
 * container is the sandbox (IS_SANDBOX=1 lets it do so as root).
 */


const { agent, support, home } = PRESET_PATHS;
const BINARY = `${agent}/claude`;
const LOADER = `${support}/ld-linux-x86-64.so.2 --library-path ${support}`;
// Its Bash tool runs every command with bash (a path naming bash or zsh; busybox's sh fails its command wrapper).
const NO_GLIBC = 'bakeoff: no glibc 2.26+ in this image: Claude Code runs on the host glibc through its loader, ' +
    'where its Grep and Glob tools and find/grep in its Bash tool do not work';
const HAS_BASH = '{ [ -x /bin/bash ] || [ -x /usr/bin/bash ] || [ -x /usr/local/bin/bash ]; }';
const claudeCode = {
    binary: 'claude',
    glibc: ['libc.so.6', 'libm.so.6', 'librt.so.1', 'libpthread.so.0', 'libdl.so.2'],
    versionCheck: `{ ${BINARY} --version || ${LOADER} ${BINARY} --version; }`,
    needs: {
        test: HAS_BASH,
        fix: 'Claude Code runs its commands with bash: use an image with bash at /bin/bash, /usr/bin/bash or /usr/local/bin/bash',
    },
    command: (model) => [
        // A read-only root leaves it no /tmp: its scratch goes in the tmpfs HOME, the task's TMPDIR untouched.
        `export HOME=${home} CLAUDE_CODE_TMPDIR=${home}/tmp`,
        'mkdir -p "$CLAUDE_CODE_TMPDIR"',
        `${HAS_BASH} || { echo 'bakeoff: claude-code needs bash in the image (none at /bin/bash, /usr/bin/bash, /usr/local/bin/bash)' >&2; exit 127; }`,
        // The image's own glibc (2.26 or later) when it has one: through the loader, Claude Code's own search tools break.
        `if ${BINARY} --version >/dev/null 2>&1; then set -- ${BINARY}; else`,
        `  echo '${NO_GLIBC}' >&2`,
        `  set -- ${LOADER} ${BINARY}; fi`,
        `exec "$@" --print --output-format stream-json --verbose --dangerously-skip-permissions` +
            (model ? ` --model ${shellQuote(model)}` : '') +
            ' < /task/instruction.md',
    ].join('\n'),
    values: { IS_SANDBOX: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_AUTOUPDATER: '1' },
    reader: () => new ClaudeEvents(),
};
/** Its words when it gave up on the API without a status (older versions, a killed run): the fallback to api_error_status. */
const AUTH = /\b(401|403)\b|authentication_error|authentication_failed|invalid api key|not logged in/i;
const UNAVAILABLE = /\b(429|5\d\d)\b|rate_limit|overloaded|server_error|connection refused|econnrefused|timed out/i;
class ClaudeEvents {
    /** Usage per API message: stream-json repeats a message's usage on each of its content blocks. */
    perMessage = new Map();
    result;
    lastError;
    event(e) {
        if (e.type === 'assistant')
            this.assistant(e);
        else if (e.type === 'result')
            this.result = e;
    }
    assistant(e) {
        const message = field(e, 'message');
        const id = typeof message.id === 'string' ? message.id.slice(0, 200) : `#${this.perMessage.size}`;
        const u = field(message, 'usage');
        if (this.perMessage.size < 100_000)
            this.perMessage.set(id, {
                input: metricNumber(u.input_tokens),
                output: metricNumber(u.output_tokens),
                cacheRead: metricNumber(u.cache_read_input_tokens),
                cacheWrite: metricNumber(u.cache_creation_input_tokens),
            });
        // The synthetic message it prints when it gives up on the API: `error` is authentication_failed, rate_limit, server_error…
        if (typeof e.error === 'string')
            this.lastError = { status: e.api_error_status, text: `${e.error}: ${firstText(message)}` };
    }
    finish() {
        const r = this.result;
        const total = r ? field(r, 'usage') : undefined;
        const sum = (k) => [...this.perMessage.values()].reduce((n, u) => (u[k] === undefined ? n : (n ?? 0) + u[k]), undefined);
        const metrics = usageMetrics({
            input_tokens: total ? metricNumber(total.input_tokens) : sum('input'),
            output_tokens: total ? metricNumber(total.output_tokens) : sum('output'),
            cache_read_tokens: total ? metricNumber(total.cache_read_input_tokens) : sum('cacheRead'),
            cache_write_tokens: total ? metricNumber(total.cache_creation_input_tokens) : sum('cacheWrite'),
            cost_usd: r ? metricNumber(r.total_cost_usd) : undefined,
            turns: r ? metricNumber(r.num_turns) : this.perMessage.size || undefined,
        });
        // The result event, when there is one, says how the session ended; without it (killed), the last API error it printed.
        const failure = r ? apiFailure(r) : this.lastError;
        return { metrics, ...(failure ? upstreamOf(failure.status, failure.text) : {}) };
    }
}
function firstText(message) {
    const content = Array.isArray(message.content) ? message.content : [];
    const text = content.map((c) => field({ c }, 'c')).find((c) => c.type === 'text')?.text;
    return typeof text === 'string' ? shortText(text) : '';
}
/** A result that ended on the API (`terminal_reason: api_error`, or an error with the API's status), not on the agent's own limits. */
function apiFailure(r) {
    if (r.is_error !== true)
        return undefined;
    const text = shortText(r.result ?? r.subtype);
    return r.terminal_reason === 'api_error' || typeof r.api_error_status === 'number' || AUTH.test(text) || UNAVAILABLE.test(text)
        ? { status: r.api_error_status, text }
        : undefined;
}
/** 401/403 is the key; 429, 5xx and no answer at all (refused, timed out) the API's availability. */
function upstreamOf(status, text) {
    const detail = shortText(typeof status === 'number' ? `${status}: ${text}` : text);
    if (status === 401 || status === 403 || (typeof status !== 'number' && AUTH.test(text)))
        return { upstream: { kind: 'auth', detail } };
    return { upstream: { kind: 'unavailable', detail } };
}

;// CONCATENATED MODULE: ./src/runner/agents/codex.ts
/**
 * Codex's static build, headless (docs/presets/codex.md): `codex exec --json` with the instruction
 * on stdin, its JSONL events on stdout, its own sandbox and approvals off because the container is
 * the sandbox; CODEX_HOME in the tmpfs HOME.
 */


const { agent: codex_agent, home: codex_home } = PRESET_PATHS;
const VENDOR = `${codex_agent}/vendor/x86_64-unknown-linux-musl`;
const LAUNCHER = `${VENDOR}/bin/codex`;
// Its traffic beside the model API off where it has a switch: the update check, analytics (ab.chatgpt.com), plugin sync (api.github.com, chatgpt.com).
const QUIET = '-c check_for_update_on_startup=false -c analytics.enabled=false -c features.plugins=false --disable unbounded_connection_retries';
const codex = {
    binary: 'vendor/x86_64-unknown-linux-musl/bin/codex',
    versionCheck: `${LAUNCHER} --version`,
    command: (model) => [
        `export HOME=${codex_home} CODEX_HOME=${codex_home}/codex PATH="$PATH:${VENDOR}/codex-path"`,
        'mkdir -p "$CODEX_HOME"',
        // A base URL makes the API a provider of its own: Codex's built-in one would try its WebSocket transport first.
        'set --',
        '[ -z "${OPENAI_BASE_URL:-}" ] || set -- -c model_provider=bakeoff -c model_providers.bakeoff.name=bakeoff \\',
        '  -c "model_providers.bakeoff.base_url=$OPENAI_BASE_URL" -c model_providers.bakeoff.env_key=OPENAI_API_KEY',
        `exec ${LAUNCHER} exec --json --skip-git-repo-check --dangerously-bypass-approvals-and-sandbox ${QUIET} "$@"` +
            (model ? ` --model ${shellQuote(model)}` : '') +
            ' - < /task/instruction.md',
    ].join('\n'),
    values: {},
    reader: () => new CodexEvents(),
};
const codex_AUTH = /\b(401|403)\b|unauthorized|invalid_api_key|incorrect api key|forbidden/i;
const codex_UNAVAILABLE = /\b(429|5\d\d)\b|rate limit|too many requests|server error|overloaded|connection refused|error sending request|stream disconnected|timed out|exceeded retry limit/i;
class CodexEvents {
    input;
    cached;
    output;
    turns = 0;
    failed;
    event(e) {
        if (e.type === 'turn.completed') {
            const u = field(e, 'usage');
            this.turns++;
            this.input = add(this.input, metricNumber(u.input_tokens));
            this.cached = add(this.cached, metricNumber(u.cached_input_tokens));
            this.output = add(this.output, metricNumber(u.output_tokens));
        }
        else if (e.type === 'turn.failed')
            this.failed = shortText(field(e, 'error').message);
        else if (e.type === 'error' && typeof e.message === 'string')
            this.failed = shortText(e.message);
    }
    finish() {
        const metrics = usageMetrics({
            input_tokens: this.input,
            output_tokens: this.output,
            cache_read_tokens: this.cached,
            turns: this.turns || undefined,
        });
        if (!this.failed)
            return { metrics };
        if (codex_AUTH.test(this.failed))
            return { metrics, upstream: { kind: 'auth', detail: this.failed } };
        if (codex_UNAVAILABLE.test(this.failed))
            return { metrics, upstream: { kind: 'unavailable', detail: this.failed } };
        return { metrics };
    }
}
function add(a, b) {
    return b === undefined ? a : (a ?? 0) + b;
}

;// CONCATENATED MODULE: ./src/runner/agents/preset.ts
/**
 * A preset agent (Claude Code, Codex) run inside the task's own image without its cooperation:
 * the binary the run fetched (runner/agents/bundle.ts) and what it needs to start are mounted
 * read-only under /.bakeoff, HOME is a tmpfs, nothing is installed, so an agent phase with no
 * network still starts. Its stdout is the trajectory bakeoff reads usage from (trajectory.ts).
 */





const HOME_TMPFS_BYTES = 256 * 1024 ** 2;
const PRESET_RUNS = { 'claude-code': claudeCode, codex: codex };
function presetPlan(agent) {
    const run = PRESET_RUNS[agent.preset];
    const bundle = agent.bundle;
    if (!bundle)
        throw new Error(`the ${agent.preset} preset was not fetched before its trials`);
    const { candidate } = agent;
    const values = { ...run.values, ...(candidate?.values ?? {}) };
    const line = presetLine(agent);
    return {
        command: run.command(agent.model),
        ...(agent.setup ? { setup: agent.setup } : {}),
        values,
        mounts: [
            { source: bundle.dir, target: PRESET_PATHS.agent },
            ...(bundle.supportDir ? [{ source: bundle.supportDir, target: PRESET_PATHS.support }] : []),
        ],
        tmpfs: { [PRESET_PATHS.home]: HOME_TMPFS_BYTES },
        plainHostEnv: PRESETS[agent.preset].plainEnv,
        trajectory: { reader: run.reader },
        startCheck: {
            command: `${run.needs ? `${run.needs.test} && ` : ''}${run.versionCheck}`,
            fix: `${run.needs ? `${run.needs.fix}; ` : ''}the preset runs on x86-64 Linux images (any libc: it brings its own)`,
        },
        labels: candidate ? { [LABEL.candidate]: candidate.name } : {},
        files: () => [],
        recorded: {
            preset: {
                name: agent.preset,
                version: bundle.version,
                ...(agent.model ? { model: agent.model } : {}),
                binarySha256: bundle.binarySha256,
                package: bundle.package,
                integrity: bundle.integrity,
            },
            ...(candidate ? { candidate: { name: candidate.name, command: line, env: candidate.values } } : {}),
        },
    };
}
/** The preset as one line, as a candidate's record shows it: `claude-code 2.1.332 --model m`. */
function presetLine(agent) {
    return `${agent.preset} ${agent.bundle?.version ?? agent.version ?? 'latest'}${agent.model ? ` --model ${agent.model}` : ''}`;
}

;// CONCATENATED MODULE: ./src/runner/agents/index.ts



const PLANS = {
    command: commandPlan,
    oracle: oraclePlan,
    preset: presetPlan,
};
function agentPlan(agent) {
    return PLANS[agent.kind](agent);
}

;// CONCATENATED MODULE: ./src/runner/agents/bundle.ts
/**
 * What a preset agent's trials mount, made once per run before the first trial: its npm package
 * (fetched once per version and checked against the registry's integrity hash, npm-package.ts),
 * the sha256 of its binary, and for a glibc build the host's loader and libraries beside it.
 */






/** Where the host's glibc is looked for: Debian's and Ubuntu's multiarch directories, then the classic ones. */
const LIBRARY_DIRS = ['/lib/x86_64-linux-gnu', '/usr/lib/x86_64-linux-gnu', '/lib64', '/usr/lib64', '/lib', '/usr/lib'];
const bundle_LOADER = 'ld-linux-x86-64.so.2';
async function prepareAgentBundle(agent, opts) {
    const facts = PRESETS[agent.preset];
    const run = PRESET_RUNS[agent.preset];
    let version = agent.version;
    if (!version) {
        version = (await resolvePackage(facts.mainPackage, undefined, opts)).version;
        opts.log?.(`bakeoff: ${agent.preset}: no version pinned; the registry's latest is ${version}, used for the whole run (pin it with version: "${version}")`);
    }
    const native = facts.nativePackage(version);
    const pkg = await resolvePackage(native.name, native.version, opts);
    const { dir } = await fetchPackage(pkg, opts);
    const binary = (0,external_node_path_.join)(dir, run.binary);
    if (!(0,external_node_fs_.existsSync)(binary) || !((0,external_node_fs_.statSync)(binary).mode & 0o111))
        throw new RegistryError('registry', `${pkg.name}@${pkg.version} holds no executable ${run.binary}: the package's layout changed — ` +
            `pin a version the preset knows (docs/presets/${agent.preset}.md)`);
    return {
        dir,
        ...(run.glibc ? { supportDir: hostGlibc(run.glibc, opts.cacheDir) } : {}),
        version,
        binarySha256: await binaryDigest(binary, pkg.integrity),
        package: `${pkg.name}@${pkg.version}`,
        integrity: pkg.integrity,
    };
}
/** The binary's sha256, computed once per fetched package (hundreds of MB) and kept beside it. */
async function binaryDigest(binary, integrity) {
    const memo = (0,external_node_path_.join)((0,external_node_path_.dirname)(binary), `.${binary.split('/').pop()}.sha256`);
    const kept = (0,external_node_fs_.existsSync)(memo) ? (0,external_node_fs_.readFileSync)(memo, 'utf8').split(' ') : [];
    if (kept[0] === integrity && /^[0-9a-f]{64}$/.test(kept[1] ?? ''))
        return kept[1];
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(binary))
        hash.update(chunk);
    const digest = hash.digest('hex');
    try {
        (0,external_node_fs_.writeFileSync)(memo, `${integrity} ${digest}`);
    }
    catch {
        // a read-only cache still runs; the digest is computed again next time
    }
    return digest;
}
/** The host's glibc loader and `libraries`, copied into the cache under a name that is their digest. */
function hostGlibc(libraries, cacheDir) {
    const files = [bundle_LOADER, ...libraries].map((name) => ({ name, path: findLibrary(name) }));
    const digest = (0,external_node_crypto_.createHash)('sha256');
    for (const f of files)
        digest.update(f.name).update((0,external_node_fs_.readFileSync)(f.path));
    const dir = (0,external_node_path_.join)(cacheDir, 'support', `glibc-${digest.digest('hex').slice(0, 16)}`);
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, bundle_LOADER)))
        return dir;
    const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
    (0,external_node_fs_.mkdirSync)(tmp, { recursive: true });
    for (const f of files)
        (0,external_node_fs_.copyFileSync)(f.path, (0,external_node_path_.join)(tmp, f.name));
    try {
        (0,external_node_fs_.renameSync)(tmp, dir);
    }
    catch (err) {
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
        // Another run made the same directory meanwhile: its copy is as good as this one.
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, bundle_LOADER)))
            throw err;
    }
    return dir;
}
function findLibrary(name) {
    for (const dir of LIBRARY_DIRS) {
        const path = (0,external_node_path_.join)(dir, name);
        if ((0,external_node_fs_.existsSync)(path))
            return (0,external_node_fs_.realpathSync)(path);
    }
    throw new RegistryError('registry', `this host has no ${name} (looked in ${LIBRARY_DIRS.join(', ')}): the claude-code preset starts its glibc build with the host's glibc — ` +
        'run bakeoff on a glibc Linux host (GitHub-hosted Ubuntu runners are)');
}

;// CONCATENATED MODULE: ./src/runner/build.ts



const BUILD_LOG_CAP = 4 * 1024;
/** A pull that sends nothing for this long is dropped: a registry that stopped answering. */
const PULL_STALL_MS = 5 * 60_000;
const PULL_CONCURRENCY = 3;
/** Image inspects at once: one round trip each, so a 90-task suite is checked in a few. */
const INSPECT_CONCURRENCY = 8;
/**
 * The images among `tasks` that bakeoff makes: one build per Harbor Dockerfile image, one pull per
 * Harbor `docker_image` the engine lacks; the suite's own images are left alone (preflight asks for them).
 */
function wantedImages(tasks) {
    const wanted = new Map();
    for (const t of tasks) {
        if (!t.harbor)
            continue;
        const entry = wanted.get(t.image) ?? (t.harbor.build ? { via: 'build', build: t.harbor.build, tasks: [] } : { via: 'pull', tasks: [] });
        entry.tasks.push(t.id);
        wanted.set(t.image, entry);
    }
    return wanted;
}
/** Builds and pulls the images of `tasks` that bakeoff makes (see wantedImages); outcomes of those it built, pulled, found built, or failed. */
async function buildTaskImages(backend, tasks, opts = {}) {
    const log = opts.log ?? (() => { });
    const wanted = [...wantedImages(tasks).entries()];
    const present = async (image) => {
        const known = opts.known?.get(image);
        return known ? known.imageId !== null : backend.imageExists(image);
    };
    const outcomes = [];
    const pool = async (queue, n, one) => {
        const worker = async () => {
            for (let next = queue.shift(); next && !opts.signal?.aborted; next = queue.shift()) {
                const outcome = await one(...next);
                if (outcome)
                    outcomes.push(outcome);
            }
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(n, queue.length)) }, worker));
    };
    const builds = wanted.filter(([, w]) => w.via === 'build');
    const pulls = wanted.filter(([, w]) => w.via === 'pull');
    await Promise.all([
        pool(builds, opts.concurrency ?? 2, async (image, w) => !opts.force && (await present(image)) ? outcome(image, w, 'cached', Date.now()) : buildOne(backend, image, w, log, opts)),
        pool(pulls, PULL_CONCURRENCY, async (image, w) => ((await present(image)) ? undefined : pullOne(backend, image, w, log, opts))),
    ]);
    const counts = (s) => outcomes.filter((o) => o.status === s).length;
    if (outcomes.length)
        log(`bakeoff: task images: ${counts('cached')} cached, ${counts('built')} built, ` +
            `${counts('pulled') ? `${counts('pulled')} pulled, ` : ''}${counts('failed')} failed`);
    return outcomes;
}
function outcome(image, w, status, started, detail) {
    return { image, tasks: w.tasks, status, via: w.via, ...(detail ? { detail } : {}), durationMs: Date.now() - started };
}
function forTasks(w) {
    const shown = w.tasks.length > 5 ? `${w.tasks.slice(0, 5).join(', ')} and ${w.tasks.length - 5} more` : w.tasks.join(', ');
    return `${plural(w.tasks.length, 'task')} (${shown})`;
}
/** The build's output into its log's tail and its progress. */
class ProgressTail extends TailBuffer {
    progress;
    constructor(cap, progress) {
        super(cap);
        this.progress = progress;
    }
    _write(chunk, enc, done) {
        this.progress.output(chunk.toString());
        super._write(chunk, enc, done);
    }
}
async function buildOne(backend, image, w, log, opts) {
    const started = Date.now();
    log(`bakeoff: building ${image} for ${forTasks(w)}`);
    const progress = new BuildProgress(image, log, Date.now, opts.progressEveryMs);
    const buildLog = new ProgressTail(BUILD_LOG_CAP, progress);
    const ticker = setInterval(() => progress.tick(), opts.progressEveryMs ?? PROGRESS_EVERY_MS);
    try {
        const res = await backend.buildImage(w.build.context, image, { timeoutMs: w.build.timeoutMs, log: buildLog });
        if (res.ok)
            return outcome(image, w, 'built', started);
        log(`bakeoff: build of ${image} failed: ${oneLine(res.message)}`);
        return outcome(image, w, 'failed', started, `build of ${image} failed: ${res.message}\n--- build log (tail) ---\n${buildLog.text()}`);
    }
    finally {
        clearInterval(ticker);
    }
}
async function pullOne(backend, image, w, log, opts) {
    const started = Date.now();
    log(`bakeoff: pulling ${image} for ${forTasks(w)}`);
    const progress = new PullProgress(image, log, Date.now, opts.progressEveryMs);
    const ticker = setInterval(() => progress.tick(), opts.progressEveryMs ?? PROGRESS_EVERY_MS);
    try {
        const res = await backend.pullImage(image, { onEvent: (e) => progress.event(e), stallMs: opts.pullStallMs ?? PULL_STALL_MS, signal: opts.signal });
        if (res.ok) {
            log(`bakeoff: pulled ${image}: ${progress.summary()}`);
            return outcome(image, w, 'pulled', started);
        }
        const why = oneLine(res.message, 1000);
        log(`bakeoff: pull of ${image} failed: ${why}`);
        return outcome(image, w, 'failed', started, `pull of ${image} failed: ${why}`);
    }
    finally {
        clearInterval(ticker);
    }
}
/** The failed builds and pulls as the trials need them: image → why. */
function failedBuilds(outcomes) {
    return new Map(outcomes.filter((o) => o.status === 'failed').map((o) => [o.image, o.detail]));
}
/**
 * Each image's identity, asked once per image before the trials: a tag rebuilt between two runs
 * keeps its name and changes its ID, and compare reports that as a harness change. An engine that
 * does not answer leaves the image unrecorded: the trials find that out themselves.
 */
async function imageIdentities(backend, images) {
    const out = new Map();
    const queue = [...new Set(images)];
    const worker = async () => {
        for (let image = queue.shift(); image !== undefined; image = queue.shift()) {
            try {
                const info = await backend.docker.getImage(image).inspect();
                const digests = (info.RepoDigests ?? []).slice(0, 32);
                out.set(image, { imageId: info.Id, ...(digests.length ? { repoDigests: digests } : {}) });
            }
            catch (err) {
                if (err.statusCode === 404)
                    out.set(image, { imageId: null });
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(INSPECT_CONCURRENCY, queue.length) }, worker));
    return out;
}

;// CONCATENATED MODULE: ./src/config/timeouts.ts
/**
 * The profile is production: a suite or a task may tighten a phase's timeout, never loosen it
 * (docs/design.md §4). A looser one is refused when the suite meets its profile (validate, run,
 * sweep, rank), naming where it was written and the fix. Under the profile's `timeouts.basis: task`
 * a Harbor task's declared agent and verifier timeouts are 1x instead, scaled by the multiplier.
 */


const PHASES = [
    { key: 'setupMs', name: 'setup' },
    { key: 'agentMs', name: 'agent' },
    { key: 'verifyMs', name: 'verify' },
];
/** The longest timeout a phase can be given: Node's timers fire at once past 2^31 − 1 ms (24.8 days). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/** The phases a Harbor task may declare a timeout for, and where its declaration is kept. */
const DECLARED = [
    { key: 'agentMs', declared: 'agentTimeoutMs' },
    { key: 'verifyMs', declared: 'verifyTimeoutMs' },
];
/** The phases whose timeout a Harbor task declares (task.toml [agent]/[verifier].timeout_sec). */
function declaredPhases(task) {
    return DECLARED.filter((d) => task.harbor?.declared[d.declared] !== undefined).map((d) => d.key);
}
/**
 * What a task's trials run under: the profile's timeouts with the task's tighter ones over them.
 * With `onTask` (the profile's `timeouts.basis: task`, at this multiplier), a phase whose timeout
 * the Harbor task declares gets the declared time × the multiplier — under `uncapped` the declared
 * time itself, as Harbor runs it (a phase with no ceiling would never end) — at most MAX_TIMEOUT_MS.
 */
function appliedTimeouts(profile, task, onTask) {
    const applied = { ...profile, ...task.timeouts };
    if (!onTask || !task.harbor)
        return applied;
    const scale = onTask.multiplier === 'uncapped' ? 1 : onTask.multiplier;
    for (const d of DECLARED) {
        const declared = task.harbor.declared[d.declared];
        if (declared !== undefined)
            applied[d.key] = Math.min(MAX_TIMEOUT_MS, Math.round(declared * scale));
    }
    return applied;
}
/** Two durations as text that tells them apart: rounded when that differs, else to the millisecond (60001 ms vs 60000 ms). */
function distinctDurations(a, b) {
    const [x, y] = [formatDuration(a), formatDuration(b)];
    return x === y ? [`${a} ms`, `${b} ms`] : [x, y];
}
/** One problem per place a looser timeout is written (defaults.timeouts once, not once per task). */
function looserTimeouts(suite, profile, profileFile) {
    const seen = new Map();
    for (const task of suite.tasks) {
        const declared = declaredPhases(task);
        for (const { key, name } of PHASES) {
            const own = task.timeouts[key];
            const cap = profile.timeouts[key];
            if (own === undefined || own <= cap)
                continue;
            // Under basis: task the task's own declaration is 1x, not a loosening of the profile's.
            if (profile.timeoutsBasis === 'task' && declared.includes(key))
                continue;
            const where = task.timeoutFrom?.[key] ?? `tasks (task ${JSON.stringify(task.id)}) timeouts.${name}`;
            if (seen.has(where))
                continue;
            const [ownText, capText] = distinctDurations(own, cap);
            const orBasis = declared.includes(key) ? ', or set timeouts.basis: task in the profile to run each Harbor task under the time it declares' : '';
            seen.set(where, {
                path: where,
                message: `is ${ownText}, longer than the profile's ${capText} (${profileFile}: timeouts.${name}) — ` +
                    "the profile is production, and a suite may tighten a phase's timeout, not loosen it",
                fix: `lower it to at most ${capText}, or raise timeouts.${name} in the profile if production really allows that long${orBasis}`,
            });
        }
    }
    return [...seen.values()];
}
function checkTimeouts(suite, profile, profileFile) {
    const problems = looserTimeouts(suite, profile, profileFile);
    if (problems.length)
        throw new errors_ConfigError(suite.path, problems);
}

// EXTERNAL MODULE: external "node:dns/promises"
var external_node_dns_promises_ = __webpack_require__(71553);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/runner/egress-proxy.ts
/**
 * The egress proxy: an HTTP proxy (CONNECT by host and port; plain-HTTP absolute URIs) that
 * forwards only to destinations the profile's allow-list names. It runs inside bakeoff, listening
 * on the run's internal Docker network's host address, the only way out of that network. It
 * resolves names itself and checks every resolved address before it connects to that very
 * address (no second lookup, so DNS rebinding cannot get past the check). It records, per trial
 * container and per phase (the agent's, the verifier's), each destination tried: allowed or denied
 * (and why, as the refused client is told), connections, bytes each way, and connect failures to
 * allowed destinations — bounded however many requests a trial makes. Each phase has its own
 * allow-list: the profile's for that phase, narrowed by the task's allowed_hosts where it has them.
 */




/** Destinations kept per trial; past this, further ones are counted under "(other)". */
const MAX_DESTINATIONS = 200;
const OTHER = '(other)';
const CONNECT_TIMEOUT_MS = 10_000;
const MAX_HOST_LENGTH = 253;
const systemResolver = async (host) => (await (0,external_node_dns_promises_.lookup)(host, { all: true })).map((a) => a.address);
class TrialEgress {
    phase;
    policy;
    /** Per phase, by destination. */
    records = { agent: new Map(), verify: new Map() };
    constructor(phase, policy) {
        this.phase = phase;
        this.policy = policy;
    }
    record(destination, allowed) {
        const records = this.records[this.phase];
        const key = records.size >= MAX_DESTINATIONS && !records.has(destination) ? OTHER : destination;
        let r = records.get(key);
        if (!r)
            records.set(key, (r = { phase: this.phase, destination: key, allowed, connections: 0, bytesOut: 0, bytesIn: 0, connectFailures: 0 }));
        return r;
    }
    snapshot() {
        const sorted = (m) => [...m.values()].map((r) => ({ ...r })).sort((a, b) => (a.destination < b.destination ? -1 : 1));
        return [...sorted(this.records.agent), ...sorted(this.records.verify)];
    }
}
class EgressProxy {
    rules;
    resolve;
    server;
    trials = new Map();
    sockets = new Set();
    closing = false;
    /** False once the proxy stopped other than by close(): trials running then are error/network. */
    alive = true;
    port = 0;
    constructor(rules, resolve = systemResolver) {
        this.rules = rules;
        this.resolve = resolve;
        this.server = (0,external_node_http_.createServer)((req, res) => void this.forwardHttp(req, res));
        this.server.on('connect', (req, socket, head) => void this.tunnel(req, socket, head));
        this.server.on('connection', (s) => {
            this.sockets.add(s);
            s.on('close', () => this.sockets.delete(s));
        });
        this.server.on('close', () => {
            if (!this.closing)
                this.alive = false;
        });
        this.server.maxConnections = 2048;
        this.server.httpAllowHalfOpen = true;
    }
    /** NO_PROXY for the trial containers: never a destination the allow-list names. */
    get noProxy() {
        return noProxyFor(this.rules);
    }
    /** NO_PROXY for a phase under `policy`: never a destination its lists name. */
    noProxyFor(policy) {
        return noProxyFor([...(policy.rules ?? []), ...(policy.narrowTo ?? [])]);
    }
    async listen(host) {
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(0, host, () => resolve());
        });
        this.server.on('error', () => (this.alive = false));
        this.port = this.server.address().port;
        return this.port;
    }
    /**
     * Starts recording what the container at `ip` tries, as `phase`, under `policy` (default: the
     * proxy's allow-list); only tracked containers are served. A container already tracked moves to
     * the phase and its policy, its records kept.
     */
    track(ip, phase = 'agent', policy = { rules: this.rules }) {
        const trial = this.trials.get(ip);
        if (!trial)
            return void this.trials.set(ip, new TrialEgress(phase, policy));
        trial.phase = phase;
        trial.policy = policy;
    }
    /** What the container at `ip` has tried so far: the agent phase's records, then the verify phase's. */
    records(ip, phase) {
        const all = this.trials.get(ip)?.snapshot() ?? [];
        return phase ? all.filter((r) => r.phase === phase) : all;
    }
    untrack(ip) {
        this.trials.delete(ip);
    }
    /** Stops the proxy; `unexpected` (tests: the proxy dying mid-run) leaves `alive` false. */
    async close(unexpected = false) {
        this.closing = !unexpected;
        if (unexpected)
            this.alive = false;
        for (const s of this.sockets)
            s.destroy();
        await new Promise((resolve) => this.server.close(() => resolve()));
    }
    trialOf(socket) {
        return this.trials.get((socket.remoteAddress ?? '').replace(/^::ffff:/, ''));
    }
    /**
     * Decides host:port for a trial: the rule that allows it and the first resolved address that rule
     * may reach; or a refusal, recorded.
     */
    async decide(trial, host, port) {
        const destination = `${host.slice(0, MAX_HOST_LENGTH)}:${port}`;
        const { rules, narrowTo } = trial.policy;
        const valid = host.length <= MAX_HOST_LENGTH && port >= 1 && port <= 65535;
        // No list at all allows nothing: a phase is tracked only under an allow-list.
        if (!valid || (!rules && !narrowTo))
            return denied(trial.record(destination, false), destination, noRuleRefusal(rules ?? [], host));
        const rule = rules ? matchEgress(rules, host, port) : undefined;
        if (rules && !rule)
            return denied(trial.record(destination, false), destination, noRuleRefusal(rules, host));
        // A task's allowed_hosts name hosts; the ports are the profile's.
        const taskRule = narrowTo ? matchEgressHost(narrowTo, host) : undefined;
        if (narrowTo && !taskRule)
            return denied(trial.record(destination, false), destination, { reason: 'not-in-task' });
        const matched = [rule, taskRule].filter((r) => r !== undefined);
        const bare = host.replace(/^\[|\]$/g, '');
        const addresses = (0,external_node_net_.isIP)(bare) ? [bare] : await this.resolve(bare).catch(() => []);
        const record = trial.record(destination, true);
        if (addresses.length === 0) {
            record.connections++;
            record.connectFailures++;
            return { status: 502, message: `${destination} is allowed (${matched.map((r) => r.text).join(' and ')}), but ${bare} did not resolve` };
        }
        const address = addresses.find((a) => matched.every((r) => addressAllowed(r, a)));
        if (address) {
            record.connections++;
            return { address, record };
        }
        // The name is listed but resolves only to addresses its rule may not reach (loopback, metadata, private).
        record.allowed = false;
        const refusing = matched.find((r) => !addressAllowed(r, addresses[0])) ?? matched[0];
        return denied(record, destination, { reason: 'address-refused', rule: refusing.text, address: addresses[0] });
    }
    async tunnel(req, client, head) {
        client.on('error', () => client.destroy());
        const trial = this.trialOf(client);
        const m = /^(\[[0-9a-fA-F:.]+\]|[^:\s/]+):(\d{1,5})$/.exec(req.url ?? '');
        if (!trial || !m)
            return refuse(client, trial ? badRequest : untracked);
        const decided = await this.decide(trial, m[1].toLowerCase(), Number(m[2]));
        if ('status' in decided)
            return refuse(client, decided);
        const { address, record } = decided;
        const upstream = (0,external_node_net_.connect)({ host: address, port: Number(m[2]) });
        let connected = false;
        upstream.setTimeout(CONNECT_TIMEOUT_MS, () => upstream.destroy(new Error('connect timeout')));
        upstream.on('error', (e) => {
            if (connected)
                return void client.destroy();
            record.connectFailures++;
            refuse(client, connectFailed(req.url ?? '', address, e));
        });
        upstream.once('connect', () => {
            connected = true;
            upstream.setTimeout(0);
            client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
            if (head.length)
                upstream.write(head);
            // The sockets count their own bytes: no per-chunk callback of ours on the data path.
            const baseline = { read: client.bytesRead, written: client.bytesWritten };
            client.pipe(upstream).on('error', () => client.destroy());
            upstream.pipe(client).on('error', () => upstream.destroy());
            upstream.on('close', () => {
                record.bytesOut += upstream.bytesWritten;
                record.bytesIn += Math.max(0, client.bytesWritten - baseline.written);
                client.destroy();
            });
            client.on('close', () => upstream.destroy());
        });
    }
    async forwardHttp(req, res) {
        const trial = this.trialOf(req.socket);
        let url;
        try {
            url = new URL(req.url ?? '');
        }
        catch {
            url = undefined;
        }
        if (!trial || !url || url.protocol !== 'http:')
            return answer(res, trial ? badRequest : untracked);
        const port = Number(url.port || 80);
        const decided = await this.decide(trial, url.hostname.toLowerCase(), port);
        if ('status' in decided)
            return answer(res, decided);
        const { address, record } = decided;
        // An HTTP/1.0 client may send no Host; the upstream (HTTP/1.1) needs one.
        const headers = { host: url.host, ...req.headers };
        delete headers['proxy-connection'];
        delete headers['proxy-authorization'];
        const upstream = (0,external_node_http_.request)({ host: address, port, method: req.method, path: `${url.pathname}${url.search}`, headers, setHost: false });
        upstream.setTimeout(CONNECT_TIMEOUT_MS, () => upstream.destroy(new Error('timeout')));
        upstream.on('error', (e) => {
            record.connectFailures++;
            answer(res, connectFailed(`${url.hostname}:${port}`, address, e));
        });
        upstream.on('response', (up) => {
            upstream.setTimeout(0);
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.on('data', (d) => (record.bytesIn += d.length));
            up.pipe(res);
        });
        req.on('data', (d) => (record.bytesOut += d.length));
        req.pipe(upstream);
    }
}
const badRequest = { status: 400, message: 'not a proxy request: CONNECT host:port, or an absolute http:// URI' };
const untracked = { status: 403, message: 'this proxy serves only the trial containers of its run' };
/** Records the refusal on the destination's record; the client is told the same. */
function denied(record, destination, refusal) {
    record.connections++;
    delete record.rule;
    delete record.address;
    // "(other)" pools many destinations: one's rule and address would mislead, its reason alone may not.
    Object.assign(record, record.destination === OTHER ? { reason: refusal.reason } : refusal);
    return { status: 403, message: `denied by the egress allow-list: ${explainRefusal(destination, refusal)}` };
}
function connectFailed(destination, address, e) {
    return { status: 502, message: `${destination} is allowed, but the connection to ${address} failed (${e.code ?? e.message})` };
}
const STATUS_TEXT = { 400: 'Bad Request', 403: 'Forbidden', 502: 'Bad Gateway' };
function refuse(socket, r) {
    const body = `bakeoff egress proxy: ${r.message}\n`;
    socket.end(`HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status]}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
function answer(res, r) {
    if (res.headersSent)
        return void res.destroy();
    const body = `bakeoff egress proxy: ${r.message}\n`;
    res.writeHead(r.status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' });
    res.end(body);
}

;// CONCATENATED MODULE: ./src/runner/progress.ts
/**
 * Progress on stderr: a live line on a terminal (redrawn every second, so elapsed time and the
 * running trials move even while a long trial runs), plain periodic lines in CI logs.
 */

const SHOWN_RUNNING = 3;
class Progress {
    total;
    sink;
    intervalMs;
    now;
    counts = { pass: 0, fail: 0, limit: 0, error: 0 };
    done = 0;
    retries = 0;
    initial = 0;
    lastLine = -Infinity;
    running = new Map();
    started;
    timer;
    constructor(total, sink = { write: (t) => process.stderr.write(t), isTTY: Boolean(process.stderr.isTTY) }, intervalMs = 10_000, alreadyDone = [], now = Date.now) {
        this.total = total;
        this.sink = sink;
        this.intervalMs = intervalMs;
        this.now = now;
        for (const o of alreadyDone)
            this.counts[o]++;
        this.done = alreadyDone.length;
        this.initial = alreadyDone.length;
        this.started = now();
    }
    /** Starts the clock that redraws the line; it never keeps the process alive. */
    start() {
        this.timer = setInterval(() => this.tick(), this.sink.isTTY ? 1000 : this.intervalMs);
        this.timer.unref();
    }
    retried() {
        this.retries++;
    }
    trialStarted(label) {
        this.running.set(label, this.now());
    }
    trialDone(outcome, label) {
        if (label !== undefined)
            this.running.delete(label);
        this.counts[outcome]++;
        this.done++;
        this.render(this.done === this.total);
    }
    /** Time passed with no trial finishing: redraw (terminal) or print when the interval is up (CI log). */
    tick() {
        this.render(false);
    }
    finish() {
        clearInterval(this.timer);
        if (this.sink.isTTY)
            this.sink.write('\n');
    }
    render(last) {
        const now = this.now();
        if (this.sink.isTTY)
            this.sink.write(`\r\x1b[2K${this.line(now)}`);
        else if (last || now - this.lastLine >= this.intervalMs) {
            this.sink.write(this.line(now) + '\n');
            this.lastLine = now;
        }
    }
    line(now = this.now()) {
        const elapsed = now - this.started;
        const c = this.counts;
        const fresh = this.done - this.initial;
        const eta = fresh > 0 && this.done < this.total ? ` · ETA ${formatDuration((elapsed / fresh) * (this.total - this.done))}` : '';
        const retries = this.retries ? ` · ${this.retries} retried` : '';
        const outcomes = `pass ${c.pass} · fail ${c.fail} · limit ${c.limit} · error ${c.error}`;
        const trials = `${this.done}/${plural(this.total, 'trial')}`;
        return `bakeoff: ${trials} · ${outcomes}${retries} · ${formatDuration(elapsed)} elapsed${eta}${this.runningText(now)}`;
    }
    /** The longest-running trials first: the one a reader wonders about. */
    runningText(now) {
        if (this.running.size === 0)
            return '';
        const longest = [...this.running].sort((a, b) => a[1] - b[1]);
        const shown = longest.slice(0, SHOWN_RUNNING).map(([label, since]) => `${label} ${formatDuration(now - since)}`);
        const more = this.running.size > SHOWN_RUNNING ? `, +${this.running.size - SHOWN_RUNNING} more` : '';
        return ` · running ${this.running.size}: ${shown.join(', ')}${more}`;
    }
}

;// CONCATENATED MODULE: ./src/runner/scheduler.ts
/**
 * Runs jobs as capacity allows. With `auto`, a job starts only while the sum of the running jobs'
 * guaranteed memory and CPU ceilings stays within what the host offers, so every trial keeps its
 * guarantee (oversubscription would itself be noise). The queue is taken in order, but a smaller
 * job may start ahead of one that does not fit yet (backfill).
 */
function fits(used, next, capacity, running) {
    if (running === 0)
        return true; // a job bigger than the host still runs, alone
    const eps = 1e-9;
    return used.cpus + next.cpus <= capacity.cpus + eps && used.memoryBytes + next.memoryBytes <= capacity.memoryBytes;
}
/** Index of the first queued job that can start now, or -1. Pure. */
function pickNext(queue, demand, used, capacity, running) {
    return queue.findIndex((job) => fits(used, demand(job), capacity, running));
}
async function schedule(jobs, opts) {
    const queue = [...jobs];
    const used = { cpus: 0, memoryBytes: 0 };
    let running = 0;
    let failure;
    return new Promise((resolve, reject) => {
        const finish = () => {
            if (running > 0)
                return;
            if (failure !== undefined)
                reject(failure);
            else if (queue.length === 0 || opts.signal.aborted)
                resolve();
        };
        const pump = () => {
            while (queue.length > 0 && failure === undefined && !opts.signal.aborted) {
                let index;
                if (opts.concurrency.kind === 'fixed')
                    index = running < opts.concurrency.n ? 0 : -1;
                else
                    index = pickNext(queue, opts.demand, used, opts.concurrency.capacity, running);
                if (index < 0)
                    break;
                const [job] = queue.splice(index, 1);
                const d = opts.demand(job);
                used.cpus += d.cpus;
                used.memoryBytes += d.memoryBytes;
                running++;
                opts
                    .run(job)
                    .catch((err) => {
                    if (failure === undefined)
                        failure = err;
                })
                    .finally(() => {
                    used.cpus -= d.cpus;
                    used.memoryBytes -= d.memoryBytes;
                    running--;
                    pump();
                    finish();
                });
            }
            finish();
        };
        pump();
    });
}

;// CONCATENATED MODULE: ./src/runner/classify.ts
/**
 * A trial that did not pass while an allowed destination could not be reached measured the
 * runner's connectivity, not the agent: error/upstream, retried like other infra errors.
 */
function classify(o) {
    const c = classifyPhases(o);
    // A limit stays the agent's (Claude Code OOM-killed is limit/oom); a fail after the API gave out is not.
    if (c.outcome === 'fail' && o.agent?.upstream)
        return { outcome: 'error', reason: o.agent.upstream === 'auth' ? 'upstream-auth' : 'upstream' };
    if ((c.outcome === 'fail' || c.outcome === 'limit') && (o.upstreamFailures ?? 0) > 0)
        return { outcome: 'error', reason: 'upstream' };
    return c;
}
/**
 * Whether a cap stopped the agent: then neither metrics nor the verifier run (docs/design.md §5),
 * but for a Harbor task's timeout, which is graded (gradedAfterLimit).
 * Read from the phases alone: the upstream rule above may later turn the limit into error/upstream,
 * but the agent was stopped all the same (and its container may be gone with it).
 */
function stoppedByLimit(o) {
    return classifyPhases(o).outcome === 'limit';
}
/**
 * Whether the verifier still runs after a limit. Harbor grades an agent that ran out of time, so a
 * Harbor task's limit/timeout is graded: the agent's processes are killed and the verifier runs in
 * the same container; the trial stays limit/timeout and records the reward. Not after oom, pids or
 * disk (the container may be gone with the agent), and never for bakeoff's own tasks.
 */
function gradedAfterLimit(o, harbor) {
    const c = classifyPhases(o);
    return harbor && c.outcome === 'limit' && c.reason === 'timeout';
}
function classifyPhases(o) {
    if (o.fault)
        return { outcome: 'error', reason: o.fault.stage };
    if (o.setup && (o.setup.timedOut || o.setup.exitCode !== 0))
        return { outcome: 'error', reason: 'setup' };
    if (!o.agent)
        return { outcome: 'error', reason: 'internal' };
    if (o.agent.oomKills > 0)
        return { outcome: 'limit', reason: 'oom' };
    if (o.agent.pidsMaxEvents > 0)
        return { outcome: 'limit', reason: 'pids' };
    if (o.agent.diskExceeded)
        return { outcome: 'limit', reason: 'disk' };
    if (o.agent.timedOut)
        return { outcome: 'limit', reason: 'timeout' };
    if (!o.verify)
        return { outcome: 'error', reason: 'internal' };
    if (o.verifyDenied?.length)
        return { outcome: 'error', reason: `verify-egress:${safeDestination(o.verifyDenied[0])}` };
    if (o.verify.timedOut)
        return { outcome: 'error', reason: 'verify-timeout' };
    if (o.verify.oomKills > 0)
        return { outcome: 'error', reason: 'verify-oom' };
    if (o.verify.reward !== undefined)
        return byReward(o.verify.reward);
    if (o.verify.exitCode === 0)
        return { outcome: 'pass', reason: null };
    return { outcome: 'fail', reason: `verify-exit:${o.verify.exitCode ?? 'unknown'}` };
}
/** Harbor's rule: the reward decides, not test.sh's exit code; a reward of 1 or more passes. */
function byReward(reward) {
    if (reward === 'missing')
        return { outcome: 'fail', reason: 'no-reward' };
    if (reward === 'malformed')
        return { outcome: 'fail', reason: 'bad-reward' };
    return reward >= 1 ? { outcome: 'pass', reason: null } : { outcome: 'fail', reason: `reward:${reward}` };
}
/** A destination as the proxy recorded it (asked by a process in the container): only host-name characters go into a reason. */
function safeDestination(destination) {
    return destination.slice(0, 260).replace(/[^A-Za-z0-9._:[\]()-]/g, '?');
}

;// CONCATENATED MODULE: ./src/runner/redact.ts
/**
 * Values of the variables a suite passes to its agent never leave a container in a log: neither as
 * they are nor in the encodings an agent or a library commonly prints them in — base64 (standard
 * and URL-safe, padded or not, with the newline `echo | base64` adds, and inside a longer base64
 * text at any byte alignment), URL-encoding and hex.
 */
const MIN_SECRET = 3;
/** Shorter base64 fragments would redact ordinary text by chance. */
const MIN_FRAGMENT = 8;
function base64Forms(bytes) {
    const std = bytes.toString('base64');
    return [std, std.replace(/=+$/, ''), bytes.toString('base64url')];
}
/**
 * The part of the secret's base64 that is the same whatever surrounds it, for each of the three
 * alignments it can have in a longer stream: character i covers bits [6i, 6i+6), so it belongs to
 * the secret alone when those bits lie within the secret's bytes [8k, 8(k+n)).
 */
function base64Cores(secret) {
    const cores = [];
    for (let k = 0; k < 3; k++) {
        const encoded = Buffer.concat([Buffer.alloc(k), secret]).toString('base64');
        const core = encoded.slice(Math.ceil((4 * k) / 3), Math.floor((4 * (k + secret.length)) / 3));
        if (core.length >= MIN_FRAGMENT)
            cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return cores;
}
function secretForms(secret) {
    if (secret.length < MIN_SECRET)
        return [];
    const bytes = Buffer.from(secret, 'utf8');
    const forms = new Set([
        secret,
        ...base64Forms(bytes),
        ...base64Forms(Buffer.from(`${secret}\n`, 'utf8')),
        ...base64Cores(bytes),
        encodeURIComponent(secret),
        bytes.toString('hex'),
        bytes.toString('hex').toUpperCase(),
    ]);
    // Longest first, so a longer form is replaced whole before a shorter one cuts into it.
    return [...forms].filter((f) => f.length >= MIN_SECRET).sort((a, b) => b.length - a.length);
}
function redact(text, secrets) {
    let out = text;
    for (const form of secrets.flatMap(secretForms))
        out = out.split(form).join('***');
    return out;
}

;// CONCATENATED MODULE: ./src/runner/disk.ts
/**
 * The disk cap where the storage driver cannot enforce one: like Kubernetes' ephemeral-storage
 * limit, bakeoff measures what the container has written — its writable layer plus its tmpfs
 * mounts — while the agent runs, and stops the trial once it is over the cap (limit/disk).
 */


const POLL_MS = 250;
/** Below this much free space the host's disk counts as full: writes in the container fail for the host's sake. */
const HOST_FULL_BYTES = 16 * 2 ** 20;
/** Whether the filesystem holding `path` (the engine's data directory) is full; false when it cannot be read from here. */
function hostDiskFull(path) {
    if (!path)
        return false;
    try {
        const s = (0,external_node_fs_.statfsSync)(path);
        return s.bavail * s.bsize < HOST_FULL_BYTES;
    }
    catch {
        return false;
    }
}
/** Bytes on disk under `dir` (allocated blocks, as du counts), not following symlinks. */
function diskUsage(dir) {
    let total = 0;
    const stack = [dir];
    while (stack.length) {
        const d = stack.pop();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(d);
        }
        catch {
            continue;
        }
        for (const name of entries) {
            const path = (0,external_node_path_.join)(d, name);
            try {
                const st = (0,external_node_fs_.lstatSync)(path);
                total += st.blocks * 512;
                if (st.isDirectory())
                    stack.push(path);
            }
            catch {
                /* removed while walking */
            }
        }
    }
    return total;
}
/** Used bytes of a tmpfs mount, seen through the container's root from the host. */
function tmpfsUsed(pid, path) {
    try {
        const s = (0,external_node_fs_.statfsSync)(`/proc/${pid}/root${path}`);
        return (s.blocks - s.bfree) * s.bsize;
    }
    catch {
        return 0;
    }
}
class DiskWatch {
    engine;
    container;
    capBytes;
    pid;
    tmpfsPaths;
    onExceeded;
    timer;
    measuring = false;
    exceeded = false;
    /** The container's writable layer on the host (overlay2), asked of the engine once; undefined when not visible from here. */
    upper;
    constructor(engine, container, capBytes, pid, tmpfsPaths, 
    /** Called once, when usage first goes over the cap: the caller stops the trial. */
    onExceeded) {
        this.engine = engine;
        this.container = container;
        this.capBytes = capBytes;
        this.pid = pid;
        this.tmpfsPaths = tmpfsPaths;
        this.onExceeded = onExceeded;
    }
    async start() {
        this.upper = await this.engine.writableLayerDir(this.container);
        this.timer = setInterval(() => void this.measure(), POLL_MS);
    }
    async usage() {
        const upper = this.upper;
        // Elsewhere (a remote engine) the engine measures the writable layer itself, more slowly.
        const layer = upper ? diskUsage(upper) : await this.engine.writableLayerBytes(this.container);
        const tmpfs = this.pid ? this.tmpfsPaths.reduce((n, p) => n + tmpfsUsed(this.pid, p), 0) : 0;
        return layer + tmpfs;
    }
    async measure() {
        if (this.measuring || this.exceeded)
            return;
        this.measuring = true;
        try {
            if ((await this.usage()) > this.capBytes) {
                this.exceeded = true;
                this.stop();
                this.onExceeded();
            }
        }
        finally {
            this.measuring = false;
        }
    }
    /** One last measurement: a writer that finished between two polls is still caught. */
    async finish() {
        this.stop();
        if (!this.exceeded && (await this.usage()) > this.capBytes)
            this.exceeded = true;
    }
    stop() {
        clearInterval(this.timer);
    }
}

;// CONCATENATED MODULE: ./src/runner/metrics.ts
/**
 * What an agent reports about itself ($BAKEOFF_METRICS: a small JSON object of numbers such as
 * input_tokens, cost_usd, steps). Hostile input: size-capped, only numbers in the results file's
 * metric range (0, or 1e-15 to 1e15 in magnitude) under plain keys are kept, everything else is
 * refused with a note; it never fails a trial. Pure.
 */

const METRICS_MAX_BYTES = 64 * 1024;
const MAX_KEYS = 50;
const KEY = /^[A-Za-z0-9_.-]{1,64}$/;
/** `text`: the file as read (undefined when the agent wrote none); `bytes`: its full size. */
function parseMetrics(text, bytes = text?.length ?? 0) {
    if (text === undefined || text.trim() === '')
        return { metrics: {}, notes: [] };
    if (bytes > METRICS_MAX_BYTES)
        return { metrics: {}, notes: [`metrics file is ${bytes} bytes, over the ${METRICS_MAX_BYTES} read: ignored`] };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { metrics: {}, notes: ['metrics file is not JSON: ignored'] };
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return { metrics: {}, notes: ['metrics file is not a JSON object of numbers: ignored'] };
    const metrics = {};
    const refused = [];
    for (const [key, v] of Object.entries(value)) {
        if (!KEY.test(key) || Object.keys(metrics).length >= MAX_KEYS || typeof v !== 'number' || !isMetricValue(v))
            refused.push(key.slice(0, 64));
        else
            metrics[key] = v;
    }
    return {
        metrics,
        notes: refused.length
            ? [`metrics refused (out of the metric range, a bad key, or over ${MAX_KEYS} keys): ${refused.slice(0, 10).join(', ')}`]
            : [],
    };
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/config/harbor.ts
/**
 * Tasks from a directory of Harbor task directories (Terminal-Bench 2.0 and datasets adapted to
 * it), read as they are: `task.toml`, `instruction.md`, `environment/` (a Dockerfile, or
 * `[environment].docker_image`), `tests/test.sh`, optional `solution/solve.sh`. Unknown keys are
 * ignored, as Harbor ignores them; keys Harbor acts on and bakeoff does not are listed
 * (HarborTask.unsupported), and a multi-step task is skipped with its reason. A task directory is hostile input: every file is size-capped,
 * symlinks are never followed, and a verifier variable may name only host variables the suite
 * passes through.
 */







// The instruction also travels as $BAKEOFF_INSTRUCTION: Linux refuses one environment string over 128 KiB.
const LIMITS = { tomlBytes: 64 * 1024, instructionBytes: 64 * 1024, contextFiles: 20_000, contextBytes: 2 * 1024 ** 3, tasks: 5_000 };
const TASK_ID = /^[a-z0-9._-]+$/;
const DEFAULT_BUILD_TIMEOUT_MS = 10 * 60_000;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Harbor's templates: a whole value `${NAME}`, or `${NAME:-default}` (the default when NAME is unset on the host). */
const TEMPLATE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?\}$/s;
/** A user as Docker takes one: a name or uid, optionally :group or :gid. */
const USER = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,63})?$/;
const seconds = schemas/* number */.aig({ error: 'must be a number of seconds, e.g. 600' })
    .positive({ error: 'must be more than 0 seconds' })
    .max(7 * 24 * 3600, { error: 'must be at most 604800 seconds (a week)' });
const harbor_count = (example) => schemas/* number */.aig({ error: `must be a number, e.g. ${example}` }).min(0, { error: 'must not be negative' });
const harborSize = schemas/* string */.YjP({ error: 'must be a size such as "4G"' }).refine((v) => parseHarborSize(v) !== undefined, {
    error: 'must be a size such as "4G", "512M" or "2Gi"',
});
const envTable = schemas/* record */.g1P(schemas/* string */.YjP()
    .regex(ENV_NAME, { error: 'must be a variable name' })
    .refine((k) => !k.startsWith('BAKEOFF_'), { error: 'BAKEOFF_* variables are set by bakeoff itself' }), schemas/* string */.YjP({ error: 'values are strings' }).max(4096, { error: 'a value is at most 4096 characters' }));
const user = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig().int().min(0)], { error: 'must be a user name or uid, e.g. "agent" or 1000' })
    .transform(String)
    .refine((u) => USER.test(u), { error: 'must be a user name or uid, optionally with :group, e.g. "agent" or "1000:1000"' });
const taskTomlSchema = schemas/* looseObject */._H3({
    version: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional(),
    agent: schemas/* looseObject */._H3({ timeout_sec: seconds.optional(), user: user.optional() }).optional(),
    verifier: schemas/* looseObject */._H3({ timeout_sec: seconds.optional(), env: envTable.optional(), user: user.optional() }).optional(),
    solution: schemas/* looseObject */._H3({ env: envTable.optional() }).optional(),
    environment: schemas/* looseObject */._H3({
        env: envTable.optional(),
        workdir: schemas/* string */.YjP({ error: 'must be an absolute path, e.g. "/app"' })
            .regex(/^\/[^\0\n]{0,4095}$/, { error: 'must be an absolute path, e.g. "/app"' })
            .optional(),
        build_timeout_sec: seconds.optional(),
        docker_image: schemas/* string */.YjP().min(1, { error: 'must name an image, e.g. "python:3.12-slim"' }).optional(),
        cpus: harbor_count(2).optional(),
        memory_mb: harbor_count(4096).optional(),
        memory: harborSize.optional(),
        storage_mb: harbor_count(10240).optional(),
        storage: harborSize.optional(),
        gpus: harbor_count(0).optional(),
    })
        .optional(),
});
/** Harbor's older sizes ("4G", "512M"): binary units, as Docker reads them. */
function parseHarborSize(value) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b?)\s*$/i.exec(value);
    if (!m)
        return undefined;
    return Math.round(Number(m[1]) * 1024 ** ' kmgt'.indexOf(m[2].toLowerCase() || ' '));
}
function harbor_readCapped(file, cap) {
    const st = (0,external_node_fs_.lstatSync)(file);
    if (!st.isFile())
        throw new Error(`${file} is not a regular file`);
    if (st.size > cap)
        throw new Error(`${file} is ${st.size} bytes, over the ${cap}-byte cap`);
    return (0,external_node_fs_.readFileSync)(file, 'utf8');
}
/**
 * A content hash of a directory: every entry's relative path, type, mode and content (a symlink by
 * its target text, never followed), in a stable order. Bounded: too many or too large files refuse.
 */
function hashDirectory(dir, limits = LIMITS, skipTopLevel) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    let files = 0;
    let bytes = 0;
    const walk = (d) => {
        for (const name of (0,external_node_fs_.readdirSync)(d).sort()) {
            if (d === dir && name === skipTopLevel)
                continue;
            const path = (0,external_node_path_.join)(d, name);
            const st = (0,external_node_fs_.lstatSync)(path);
            const rel = (0,external_node_path_.relative)(dir, path);
            if (++files > limits.contextFiles)
                throw new Error(`${dir} holds more than ${limits.contextFiles} files`);
            if (st.isSymbolicLink())
                h.update(`L ${rel} ${(0,external_node_fs_.readlinkSync)(path)}\0`);
            else if (st.isDirectory()) {
                h.update(`D ${rel} ${st.mode & 0o7777}\0`);
                walk(path);
            }
            else if (st.isFile()) {
                bytes += st.size;
                if (bytes > limits.contextBytes)
                    throw new Error(`${dir} holds more than ${limits.contextBytes} bytes`);
                h.update(`F ${rel} ${st.mode & 0o7777} ${st.size}\0`);
                hashFile(h, path);
            }
        }
    };
    walk(dir);
    return h.digest('hex');
}
const CHUNK = Buffer.alloc(1024 * 1024);
/** A file into the hash a megabyte at a time: a large build context never sits in memory whole. */
function hashFile(h, path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        for (let n = (0,external_node_fs_.readSync)(fd, CHUNK); n > 0; n = (0,external_node_fs_.readSync)(fd, CHUNK))
            h.update(CHUNK.subarray(0, n));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The image tag of a built task: its id and the hash of its build context, so an unchanged task is never rebuilt. */
function builtImageTag(id, contextHash) {
    return `bakeoff-harbor/${id}:${contextHash.slice(0, 16)}`;
}
function tomlProblem(file, err) {
    if (err instanceof dist/* TomlError */.zx) {
        return { path: `line ${err.line}, column ${err.column}`, message: `invalid TOML: ${err.message.split('\n')[0]}`, fix: 'fix the TOML syntax' };
    }
    return { path: '', message: err.message, fix: 'keep task.toml a small TOML file' };
}
/**
 * Values that name a host variable (`${NAME}`, `${NAME:-default}`) must name one the suite passes
 * through: a task may not read the job's secrets. With a default, a variable not passed through is
 * never read: the default is the value (see resolveDefaults), and validate says so.
 */
function templateProblems(table, env, allowed) {
    return Object.entries(env).flatMap(([k, v]) => {
        const m = TEMPLATE.exec(v);
        if (!m || allowed.includes(m[1]) || m[2] !== undefined)
            return [];
        return [
            {
                path: `${table}.${k}`,
                message: `\${${m[1]}} names a host variable the suite does not pass through`,
                fix: `add ${m[1]} to the suite's agent.env, give the value itself, or a default: \${${m[1]}:-value}`,
            },
        ];
    });
}
/** A table's values with each template of a variable the suite does not pass through replaced by its default. */
function resolveDefaults(table, env, allowed, notes) {
    return Object.fromEntries(Object.entries(env).map(([k, v]) => {
        const m = TEMPLATE.exec(v);
        if (!m || m[2] === undefined || allowed.includes(m[1]))
            return [k, v];
        notes.push({ key: `${table}.${k}`, why: `\${${m[1]}} is not passed through by the suite (agent.env): its default is used` });
        return [k, m[2]];
    }));
}
/**
 * A value of a Harbor env table as a phase gets it: `${NAME}` from the host (the suite passes NAME
 * through: checked when loaded), `${NAME:-default}` the default when NAME is unset, anything else as written.
 */
function resolveTemplate(value, hostEnv) {
    const m = TEMPLATE.exec(value);
    if (!m)
        return value;
    return hostEnv[m[1]] ?? m[2] ?? '';
}
/** Keys of task.toml that Harbor acts on and bakeoff does not: each a warning, none dropped silently. */
function unsupportedKeys(raw) {
    const table = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
    const env = table(raw.environment);
    const verifier = table(raw.verifier);
    const present = (v) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
    const out = [];
    if (present(env.healthcheck))
        out.push({ key: 'environment.healthcheck', why: 'not run: the agent starts once the container has started' });
    if (present(raw.artifacts))
        out.push({ key: 'artifacts', why: 'not collected: only /logs/agent and /logs/verifier are kept' });
    if (present(env.mcp_servers))
        out.push({ key: 'environment.mcp_servers', why: 'not started or offered to the agent' });
    if (present(env.skills_dir))
        out.push({ key: 'environment.skills_dir', why: "not copied to the agent's skills directory" });
    if (present(verifier.environment) || verifier.environment_mode === 'separate') {
        out.push({
            key: present(verifier.environment) ? 'verifier.environment' : 'verifier.environment_mode',
            why: "no separate verifier container: the verifier runs in the agent's container",
        });
    }
    return out;
}
/** Harbor's multi-step tasks ([[steps]]): each step its own instruction, tests and reward. */
function stepCount(raw) {
    return Array.isArray(raw.steps) ? raw.steps.length : 0;
}
function parseTask(dir, id, passthrough) {
    const tomlFile = (0,external_node_path_.join)(dir, 'task.toml');
    const problems = [];
    const at = (file) => (problem) => problems.push({ file, problem });
    if (!TASK_ID.test(id)) {
        at(dir)({ path: '', message: `the directory name ${JSON.stringify(id)} is not a task id`, fix: "rename it to a-z, 0-9, '.', '_' and '-'" });
        return { problems };
    }
    let toml;
    let raw = {};
    try {
        raw = (0,dist/* parse */.qg)(harbor_readCapped(tomlFile, LIMITS.tomlBytes));
        // A multi-step task has its instructions and tests per step: skipped whole, before its files are looked for.
        const steps = stepCount(raw);
        if (steps > 0) {
            return {
                problems,
                skipped: { id, reason: `a multi-step task ([[steps]], ${steps} step(s)): not supported, each step needs its own verifier run` },
            };
        }
        const parsed = taskTomlSchema.safeParse(raw);
        if (parsed.success)
            toml = parsed.data;
        else
            for (const issue of parsed.error.issues)
                at(tomlFile)({ path: keyPath(issue.path), message: issue.message, fix: 'see the Harbor task format' });
    }
    catch (err) {
        at(tomlFile)(err.code === 'ENOENT'
            ? { path: '', message: 'missing', fix: 'a Harbor task has a task.toml' }
            : tomlProblem(tomlFile, err));
    }
    let instruction;
    try {
        instruction = harbor_readCapped((0,external_node_path_.join)(dir, 'instruction.md'), LIMITS.instructionBytes);
    }
    catch {
        at((0,external_node_path_.join)(dir, 'instruction.md'))({ path: '', message: 'missing or unreadable', fix: 'a Harbor task has an instruction.md' });
    }
    const testsDir = (0,external_node_path_.join)(dir, 'tests');
    if (!isFile((0,external_node_path_.join)(testsDir, 'test.sh')))
        at((0,external_node_path_.join)(testsDir, 'test.sh'))({ path: '', message: 'missing', fix: 'the verifier is tests/test.sh' });
    if (toml) {
        for (const [table, env] of [
            ['environment.env', toml.environment?.env],
            ['verifier.env', toml.verifier?.env],
            ['solution.env', toml.solution?.env],
        ])
            for (const p of templateProblems(table, env ?? {}, passthrough))
                at(tomlFile)(p);
    }
    const network = harborNetwork(raw);
    for (const p of network.problems)
        at(tomlFile)(p);
    if (problems.length || !toml || instruction === undefined)
        return { problems };
    const env = toml.environment ?? {};
    const envDir = (0,external_node_path_.join)(dir, 'environment');
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(envDir, 'docker-compose.yaml')) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(envDir, 'docker-compose.yml'))) {
        return { problems, skipped: { id, reason: 'uses docker-compose (several containers): not supported' } };
    }
    if ((env.gpus ?? 0) > 0)
        return { problems, skipped: { id, reason: `asks for ${env.gpus} GPU(s): not supported` } };
    const hasDockerfile = isFile((0,external_node_path_.join)(envDir, 'Dockerfile'));
    if (!env.docker_image && !hasDockerfile) {
        at(tomlFile)({
            path: 'environment.docker_image',
            message: 'no image: neither environment/Dockerfile nor [environment].docker_image',
            fix: 'add one of them',
        });
        return { problems };
    }
    let contextHash;
    let digest;
    try {
        // The build context is read once: the task's digest takes its hash in place of its files.
        if (!env.docker_image)
            contextHash = hashDirectory(envDir);
        digest = (0,external_node_crypto_.createHash)('sha256')
            .update(`${hashDirectory(dir, LIMITS, contextHash ? 'environment' : undefined)}\0${contextHash ?? ''}`)
            .digest('hex');
    }
    catch (err) {
        at(dir)({ path: '', message: err.message, fix: 'keep a task directory small' });
        return { problems };
    }
    const memory = env.memory_mb !== undefined ? env.memory_mb * 1024 ** 2 : env.memory ? parseHarborSize(env.memory) : undefined;
    const storage = env.storage_mb !== undefined ? env.storage_mb * 1024 ** 2 : env.storage ? parseHarborSize(env.storage) : undefined;
    const solutionDir = isFile((0,external_node_path_.join)(dir, 'solution', 'solve.sh')) ? (0,external_node_path_.join)(dir, 'solution') : undefined;
    const unsupported = unsupportedKeys(raw);
    const harbor = {
        dir,
        testsDir,
        ...(solutionDir ? { solutionDir } : {}),
        ...(contextHash ? { build: { context: envDir, timeoutMs: (env.build_timeout_sec ?? DEFAULT_BUILD_TIMEOUT_MS / 1000) * 1000 } } : {}),
        ...(env.docker_image && hasDockerfile
            ? { dockerfile: { context: envDir, timeoutMs: (env.build_timeout_sec ?? DEFAULT_BUILD_TIMEOUT_MS / 1000) * 1000 } }
            : {}),
        declared: {
            ...(env.cpus !== undefined ? { cpus: env.cpus } : {}),
            ...(memory !== undefined ? { memoryBytes: memory } : {}),
            ...(storage !== undefined ? { storageBytes: storage } : {}),
            ...(toml.agent?.timeout_sec ? { agentTimeoutMs: Math.round(toml.agent.timeout_sec * 1000) } : {}),
            ...(toml.verifier?.timeout_sec ? { verifyTimeoutMs: Math.round(toml.verifier.timeout_sec * 1000) } : {}),
            ...(network.declared ? { network: network.declared } : {}),
        },
        verifierEnv: resolveDefaults('verifier.env', toml.verifier?.env ?? {}, passthrough, unsupported),
        ...(toml.environment?.env ? { env: resolveDefaults('environment.env', toml.environment.env, passthrough, unsupported) } : {}),
        ...(toml.solution?.env ? { solutionEnv: resolveDefaults('solution.env', toml.solution.env, passthrough, unsupported) } : {}),
        ...(toml.agent?.user !== undefined ? { agentUser: toml.agent.user } : {}),
        ...(toml.verifier?.user !== undefined ? { verifierUser: toml.verifier.user } : {}),
    };
    if (unsupported.length)
        harbor.unsupported = unsupported;
    const task = {
        id,
        instruction,
        verify: 'bash /tests/test.sh',
        image: env.docker_image ?? builtImageTag(id, contextHash),
        trials: 1,
        ...(env.workdir ? { workdir: env.workdir } : {}),
        timeouts: {
            ...(toml.agent?.timeout_sec ? { agentMs: toml.agent.timeout_sec * 1000 } : {}),
            ...(toml.verifier?.timeout_sec ? { verifyMs: toml.verifier.timeout_sec * 1000 } : {}),
        },
        timeoutFrom: {
            ...(toml.agent?.timeout_sec ? { agentMs: `tasks_from.harbor: ${id}/task.toml agent.timeout_sec` } : {}),
            ...(toml.verifier?.timeout_sec ? { verifyMs: `tasks_from.harbor: ${id}/task.toml verifier.timeout_sec` } : {}),
        },
        harbor,
    };
    return { task, problems, digest };
}
function isFile(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/**
 * Every task directory under `root` (the directories that hold a task.toml or are meant to): the
 * runnable tasks, those skipped with a reason, and a digest of all of them for the suite's hash.
 * Malformed tasks are one ConfigError listing every problem.
 */
function loadHarborTasks(root, passthrough) {
    const dirs = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true })
        .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
        .map((d) => d.name)
        .sort();
    if (dirs.length > LIMITS.tasks)
        throw new errors_ConfigError(root, [{ path: '', message: `${dirs.length} task directories`, fix: `keep at most ${LIMITS.tasks}` }]);
    const results = dirs.map((name) => parseTask((0,external_node_path_.join)(root, name), name, passthrough));
    const problems = results.flatMap((r) => r.problems);
    if (problems.length) {
        throw new errors_ConfigError(root, problems.map(({ file, problem }) => ({ ...problem, path: [(0,external_node_path_.relative)(root, file), problem.path].filter(Boolean).join(': ') })));
    }
    const digest = (0,external_node_crypto_.createHash)('sha256');
    for (const [i, r] of results.entries())
        digest.update(`${dirs[i]} ${r.digest ?? 'skipped'}\0`);
    return {
        tasks: results.flatMap((r) => (r.task ? [r.task] : [])),
        skipped: results.flatMap((r) => (r.skipped ? [r.skipped] : [])),
        digest: digest.digest('hex'),
    };
}
/**
 * The suite with the oracle as its agent (`--agent oracle`): each Harbor task's own
 * solution/solve.sh, copied in at /solution and run as `bash /solution/solve.sh`. It shows which
 * tasks are feasible under the caps before any model is involved. Every task needs a solution.
 */
function asOracle(loaded) {
    const suite = loaded.value;
    const without = suite.tasks.filter((t) => !t.harbor?.solutionDir).map((t) => t.id);
    if (without.length) {
        throw new errors_ConfigError(suite.path, [
            {
                path: suite.tasks.some((t) => t.harbor) ? 'tasks_from.harbor' : 'tasks',
                message: `--agent oracle needs each task's solution/solve.sh; these have none: ${without.join(', ')}`,
                fix: 'add solution/solve.sh to those Harbor tasks, or select the others with --tasks',
            },
        ]);
    }
    const agent = { kind: 'oracle', env: [], optionalEnv: [] };
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(`${loaded.sha256}\0oracle`).digest('hex');
    return { ...loaded, value: { ...suite, agent }, sha256 };
}

;// CONCATENATED MODULE: ./src/runner/ctrf.ts
/**
 * The failed tests of a CTRF report (Common Test Report Format: `{"results": {"tests": [{"name",
 * "status"}…]}}`), as TB2's verifiers write it to /logs/verifier/ctrf.json. A verifier's file is
 * hostile input: read capped, names cut and control characters dropped, at most a few kept. Pure.
 */
const CTRF_MAX_BYTES = 1024 * 1024;
const FAILED_TESTS_KEPT = 20;
const NAME_CHARS = 200;
/** The failed tests a CTRF report names; undefined when the text is not one. */
function failedTests(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const tests = doc?.results?.tests;
    if (!Array.isArray(tests))
        return undefined;
    const failed = tests.filter((t) => !!t && typeof t === 'object' && t.status === 'failed');
    const names = failed.slice(0, FAILED_TESTS_KEPT).map((t) => cleanName(t.name));
    return { count: failed.length, names };
}
function cleanName(name) {
    // eslint-disable-next-line no-control-regex
    const text = typeof name === 'string' ? name.replace(/[\u0000-\u001f\u007f]/g, ' ').trim() : '';
    if (!text)
        return '(unnamed)';
    return text.length > NAME_CHARS ? `${text.slice(0, NAME_CHARS - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/runner/reward.ts
const REWARD_CAPS = { txtBytes: 4096, jsonBytes: 64 * 1024, keys: 64, keyChars: 100 };
/** The magnitude past which a reward is not a score (as the results file bounds every measure). */
const REWARD_MAX = 1e15;
const malformed = (problem) => ({ reward: 'malformed', problem });
/**
 * The pass rule over several keys. Harbor records every key and passes no judgement; its one-number
 * convention is the key "reward" (what its tools and step gates read). So: "reward" decides when it
 * is there; one key decides alone; several keys without "reward" must each be 1 or more, and the
 * smallest is the reward (the criterion that failed, when one did).
 */
function decidingReward(rewards) {
    if (Object.hasOwn(rewards, 'reward'))
        return rewards.reward;
    return Math.min(...Object.values(rewards));
}
function parseReward(txt, json) {
    if (json !== undefined)
        return parseJson(json);
    if (txt === undefined)
        return { reward: 'missing' };
    if (txt.bytes > REWARD_CAPS.txtBytes)
        return malformed(`reward.txt is ${txt.bytes} bytes, over the ${REWARD_CAPS.txtBytes}-byte cap`);
    const n = Number(txt.text.trim());
    if (txt.text.trim() === '' || !Number.isFinite(n) || Math.abs(n) > REWARD_MAX) {
        return malformed(`reward.txt is not a number: ${JSON.stringify(txt.text.trim().slice(0, 40))}`);
    }
    return { reward: n };
}
function parseJson(json) {
    if (json.bytes > REWARD_CAPS.jsonBytes)
        return malformed(`reward.json is ${json.bytes} bytes, over the ${REWARD_CAPS.jsonBytes}-byte cap`);
    if (json.text.trim() === '')
        return malformed('reward.json is empty');
    let value;
    try {
        value = JSON.parse(json.text);
    }
    catch {
        return malformed('reward.json is not JSON');
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        return malformed('reward.json is not an object of named rewards, e.g. {"reward": 1}');
    }
    const entries = Object.entries(value);
    if (entries.length === 0)
        return malformed('reward.json names no reward');
    if (entries.length > REWARD_CAPS.keys)
        return malformed(`reward.json has ${entries.length} keys, over the cap of ${REWARD_CAPS.keys}`);
    const kept = [];
    for (const [key, v] of entries) {
        const shown = JSON.stringify(key.slice(0, 40));
        // eslint-disable-next-line no-control-regex
        if (key.length === 0 || key.length > REWARD_CAPS.keyChars || /[\u0000-\u001f\u007f]/.test(key)) {
            return malformed(`reward.json key ${shown} is not a name of 1 to ${REWARD_CAPS.keyChars} printable characters`);
        }
        if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > REWARD_MAX)
            return malformed(`reward.json key ${shown} is not a number`);
        kept.push([key, v]);
    }
    // fromEntries defines each key as its own property: a key "__proto__" is a name like any other.
    const rewards = Object.fromEntries(kept);
    return { reward: decidingReward(rewards), rewards };
}

;// CONCATENATED MODULE: ./src/runner/trial/harbor-phases.ts
/**
 * What a Harbor task adds to the phases: /logs made writable before the agent, the agent's logs
 * kept after it, and a verifier that sees the tests only at its turn and leaves a reward file; its
 * environment tables, templates and users applied to the phase each belongs to.
 */






/** A trial's /logs/agent and /logs/verifier, at most this much of each one's tar. */
const LOGS_CAP = 1024 * 1024;
/** /logs/agent and /logs/verifier, writable for any user, copied in from the host's `skeleton`. The tests are not there yet. */
async function harborSetup(p, skeleton) {
    await p.ctx.backend.putDirectory(p.container, skeleton, '/logs');
}
/** Keeps what the agent left under /logs/agent (a tar, capped), for a reviewer to open. */
async function keepAgentLogs(p, job, attemptNo) {
    const name = await keepLogs(p, job, attemptNo, '/logs/agent', '');
    if (name)
        p.state.agentLogs = name;
}
/** Keeps what the verifier left under /logs/verifier (ctrf.json, its output, the reward; a tar, capped) beside the agent's. */
async function keepVerifierLogs(p, job, attemptNo) {
    const name = await keepLogs(p, job, attemptNo, '/logs/verifier', '-verifier');
    if (name)
        p.state.verifierLogs = name;
}
/** A directory of the container as a tar under the run's logs directory, cut at 1 MiB (the name says so); its name there, or undefined. */
async function keepLogs(p, job, attemptNo, path, suffix) {
    const dir = p.ctx.agentLogsDir;
    if (!dir || !job.task.harbor)
        return undefined;
    const archive = await p.ctx.backend.readArchive(p.container, path, LOGS_CAP).catch(() => null);
    if (!archive)
        return undefined;
    const name = (0,external_node_path_.join)(job.task.id, `trial-${job.trial}-attempt-${attemptNo}${suffix}${archive.truncated ? '-truncated' : ''}.tar`);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, job.task.id), { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, name), archive.data);
    return name;
}
/**
 * Harbor's verify phase: the tests copied in only now (the agent never saw them) over a cleared
 * /tests and /logs/verifier (nothing the agent planted counts), the verify network attached,
 * `bash /tests/test.sh` run as [verifier].user with [verifier].env over [environment].env, and its
 * reward read: the reward decides, not the exit code.
 */
async function harborVerify(p, task, log, networkEnv = []) {
    const harbor = task.harbor;
    const clear = await p.exec('rm -rf /tests /logs/verifier && mkdir -p /logs/verifier && chmod 777 /logs/verifier', 30_000, log);
    if (clear.exitCode !== 0)
        throw new HarnessFault('internal', 'could not clear /tests and /logs/verifier before the verifier');
    await p.ctx.backend.putDirectory(p.container, harbor.testsDir, '/tests');
    // The verify network's proxy variables last: a task's [verifier].env does not choose where its traffic goes.
    const env = [...envList(harbor.verifierEnv, hostEnvOf(p.ctx)), ...networkEnv];
    return p.exec(task.verify, p.timeouts.verifyMs, log, env, phaseUser(p.ctx, task, 'verifier'));
}
/** The reward, read as Harbor reads it (reward.json first, else reward.txt), every key and any refusal kept in the state. */
async function readReward(p) {
    const read = async (file, cap) => (await p.readSmallFile(`/logs/verifier/${file}`, cap)) ?? undefined;
    const json = await read('reward.json', REWARD_CAPS.jsonBytes);
    const reading = parseReward(json === undefined ? await read('reward.txt', REWARD_CAPS.txtBytes) : undefined, json);
    if (reading.rewards)
        p.state.rewards = reading.rewards;
    if (reading.problem)
        p.state.rewardProblem = reading.problem;
    return reading.reward;
}
/** The tests ctrf.json names as failed, when the verifier wrote one (TB2's pytest does); a bad or missing file is no list. */
async function readFailedTests(p) {
    const file = await p.readSmallFile('/logs/verifier/ctrf.json', CTRF_MAX_BYTES).catch(() => null);
    const failed = file && file.bytes <= CTRF_MAX_BYTES ? failedTests(file.text) : undefined;
    if (failed)
        p.state.failedTests = failed;
}
/**
 * Who runs a phase: the task's [agent].user or [verifier].user, unless the profile names a user
 * (then the container runs as that one throughout: the profile is the authority on the caps).
 */
function phaseUser(ctx, task, who) {
    if (ctx.caps.user || !task.harbor)
        return undefined;
    return who === 'agent' ? task.harbor.agentUser : task.harbor.verifierUser;
}
/** [environment].env, in every phase: the container's environment. */
function harborContainerEnv(ctx, task) {
    return task.harbor?.env ? envList(task.harbor.env, hostEnvOf(ctx)) : [];
}
/** [solution].env, for the oracle's solve.sh (the agent phase of `--agent oracle`). */
function harborAgentEnv(ctx, task) {
    return ctx.suite.agent.kind === 'oracle' && task.harbor?.solutionEnv ? envList(task.harbor.solutionEnv, hostEnvOf(ctx)) : [];
}
function hostEnvOf(ctx) {
    return ctx.hostEnv ?? process.env;
}
/** A Harbor env table as NAME=value entries, its templates resolved from the host (names the suite passes through: checked when loaded). */
function envList(table, hostEnv) {
    return Object.entries(table).map(([k, v]) => `${k}=${resolveTemplate(v, hostEnv)}`);
}

;// CONCATENATED MODULE: ./src/runner/trial/network.ts
/**
 * A trial's network per phase (docs/design.md §3): the container created on the agent phase's
 * network, switched to the verify phase's at its turn, and under an allow-list every phase tracked
 * by the run's egress proxy with its own policy, its records kept per phase. A destination the
 * verify phase was denied makes the attempt error/verify-egress (classify.ts).
 */



/** The trial's network per phase: the task's (narrowed by run.ts), else the profile's. */
function trialNetwork(ctx) {
    return ctx.network ?? profileNetwork(ctx.caps);
}
/** Whether a phase of this trial runs under an allow-list, through the run's proxy (another trial's allow-list is not this one's concern). */
function usesProxy(ctx) {
    const { agent, verify } = trialNetwork(ctx);
    return !!ctx.egress && (agent.mode === 'egress' || verify.mode === 'egress');
}
/** What the proxy enforces for a phase under an allow-list. */
function egressPolicy(p) {
    return { ...(p.egress ? { rules: rulesOf(p.egress) } : {}), ...(p.hosts ? { narrowTo: rulesOf(p.hosts) } : {}) };
}
/** The Docker network of a phase: none, bridge, or the run's egress network. */
function dockerNetwork(ctx, p) {
    if (p.mode !== 'egress')
        return p.mode;
    if (!ctx.egress)
        throw new HarnessFault('network', 'a phase runs under an egress allow-list, but the run has no egress proxy');
    return ctx.egress.network;
}
/** Both spellings, as tools differ in which they read; loopback goes through the proxy only where the allow-list names it. */
function proxyEnv(url, noProxy) {
    return [`HTTP_PROXY=${url}`, `HTTPS_PROXY=${url}`, `http_proxy=${url}`, `https_proxy=${url}`, `NO_PROXY=${noProxy}`, `no_proxy=${noProxy}`];
}
/** The proxy variables emptied: a phase off the allow-list must not send its requests to a proxy that no longer serves it. */
const NO_PROXY_ENV = ['HTTP_PROXY=', 'HTTPS_PROXY=', 'http_proxy=', 'https_proxy='];
/** The container's network and proxy environment at creation: the agent phase's (a none agent before a verify network: see docker.ts). */
function containerNetwork(ctx) {
    const { agent, verify } = trialNetwork(ctx);
    const network = dockerNetwork(ctx, agent);
    const verifyNetwork = dockerNetwork(ctx, verify);
    const env = agent.mode === 'egress' ? proxyEnv(ctx.egress.proxyUrl, ctx.egress.proxy.noProxyFor(egressPolicy(agent))) : [];
    return { network, ...(verifyNetwork !== network ? { verifyNetwork } : {}), env };
}
/** Under an allow-list for the agent phase: the container tracked by the proxy, as the agent's. */
async function trackAgent(p) {
    const { ctx } = p;
    const { agent } = trialNetwork(ctx);
    if (agent.mode !== 'egress' || !ctx.egress)
        return;
    const ip = await ctx.backend.addressOn(p.container, ctx.egress.network);
    ctx.egress.proxy.track(ip, 'agent', egressPolicy(agent));
    p.state.egressIp = ip;
}
/** The agent phase's egress: the records kept, and connect failures to allowed destinations noted for classification. */
function recordAgentEgress(state, ctx) {
    if (!ctx.egress || !state.egressIp)
        return;
    state.egress = ctx.egress.proxy.records(state.egressIp, 'agent');
    state.obs.upstreamFailures = upstreamFailures(state.egress);
    if (!ctx.egress.proxy.alive)
        throw new HarnessFault('network', 'the egress proxy stopped during the agent phase');
}
/**
 * The verify phase's network, switched from the agent's at its turn: the agent's network detached
 * and the verifier's attached where they differ; under an allow-list the container tracked as the
 * verifier's with the verify phase's policy. The environment the verifier's exec needs for it.
 */
async function enterVerifyNetwork(p) {
    const { ctx, state } = p;
    const { backend } = ctx;
    const { agent, verify } = trialNetwork(ctx);
    const from = dockerNetwork(ctx, agent);
    const to = dockerNetwork(ctx, verify);
    if (from === to && verify.mode !== 'egress')
        return [];
    if (from !== to) {
        if (agent.mode === 'egress' && state.egressIp) {
            // Untracked before it leaves: the address may go to another trial's container once it is free.
            recordAgentEgress(state, ctx);
            ctx.egress.proxy.untrack(state.egressIp);
            state.egressIp = undefined;
        }
        if (from !== 'none')
            await backend.setNetwork(p.container, from, false);
        if (to !== 'none')
            await backend.setNetwork(p.container, to, true);
    }
    if (verify.mode !== 'egress')
        return agent.mode === 'egress' ? NO_PROXY_ENV : [];
    const egress = ctx.egress;
    const policy = egressPolicy(verify);
    if (state.egressIp)
        egress.proxy.track(state.egressIp, 'verify', policy);
    else {
        state.egressIp = await backend.addressOn(p.container, egress.network);
        egress.proxy.track(state.egressIp, 'verify', policy);
    }
    return proxyEnv(egress.proxyUrl, egress.proxy.noProxyFor(policy));
}
/** After the verifier: its phase's records kept beside the agent's, and each destination it was denied noted for classification. */
function recordVerifyEgress(p) {
    const { ctx, state } = p;
    if (trialNetwork(ctx).verify.mode !== 'egress' || !ctx.egress || !state.egressIp)
        return;
    const verify = ctx.egress.proxy.records(state.egressIp, 'verify');
    state.egress = [...(state.egress ?? []).filter((r) => r.phase !== 'verify'), ...verify];
    state.obs.upstreamFailures = upstreamFailures(state.egress);
    const denied = verify.filter((r) => !r.allowed);
    if (denied.length)
        state.obs.verifyDenied = denied.map((r) => r.destination);
    if (!ctx.egress.proxy.alive)
        throw new HarnessFault('network', 'the egress proxy stopped during the verify phase');
}
function upstreamFailures(records) {
    return records.filter((r) => r.allowed).reduce((n, r) => n + r.connectFailures, 0);
}
/** Stops tracking the container, whatever phase it was in. */
function untrackEgress(state, ctx) {
    if (state.egressIp)
        ctx.egress?.proxy.untrack(state.egressIp);
    state.egressIp = undefined;
}
/** The detail of error/verify-egress: each destination the verifier was denied, and why. */
function verifyEgressDetail(records) {
    const denied = (records ?? []).filter((r) => r.phase === 'verify' && !r.allowed);
    if (!denied.length)
        return undefined;
    const why = (r) => (r.reason ? explainRefusal(r.destination, r) : 'denied');
    const shown = denied.slice(0, 5).map((r) => `${r.destination} denied (${why(r)})`);
    return `the verifier was denied ${shown.join('; ')}${denied.length > 5 ? `; … ${denied.length - 5} more` : ''}: its result is not the agent's`;
}

;// CONCATENATED MODULE: ./src/runner/trial/context.ts
class Aborted extends Error {
    constructor() {
        super('run interrupted');
    }
}

;// CONCATENATED MODULE: ./src/runner/trial/phases.ts




const LOG_CAPS = { setup: 4 * 1024, agent: 8 * 1024, verify: 4 * 1024 };
function emptyState() {
    return { obs: {}, logs: {}, counters: null, peakMemoryBytes: null, cpuSeconds: null };
}
/** Where the agent may write its metrics: beside its Harbor logs, else /tmp (writable in most images and profiles). */
function metricsPath(task) {
    return task.harbor ? '/logs/agent/metrics.json' : '/tmp/bakeoff-metrics.json';
}
/** Docker's own words when the runtime, not the command, failed to start an exec. */
const RUNTIME_EXEC_FAILED = /OCI runtime exec failed|unable to start container process/;
/** A started container and what every phase needs to exec in it; an abort during an exec ends the attempt. */
class Phases {
    ctx;
    container;
    pid;
    fate;
    timeouts;
    state;
    agent;
    constructor(ctx, container, pid, fate, timeouts, state, agent) {
        this.ctx = ctx;
        this.container = container;
        this.pid = pid;
        this.fate = fate;
        this.timeouts = timeouts;
        this.state = state;
        this.agent = agent;
    }
    /**
     * One command in the container. Its result is believed only once the container is known to be
     * the one started: an exec into a container killed or removed from outside fails or reports the
     * runtime's 126/137, which is the harness's fault (ContainerGone), never the agent's. `user`:
     * who runs it (a Harbor task's [agent].user or [verifier].user); unset, the container's user.
     */
    async exec(command, timeoutMs, log, env, user, stdout) {
        let res;
        try {
            const opts = {
                timeoutMs,
                log,
                env,
                interrupt: this.fate.interrupt.signal,
                ...(user !== undefined ? { user } : {}),
                ...(stdout ? { stdout } : {}),
            };
            res = await this.ctx.backend.exec(this.container, command, opts);
        }
        catch (err) {
            if (this.ctx.signal.aborted)
                throw new Aborted();
            await this.fate.check();
            throw err;
        }
        if (this.ctx.signal.aborted)
            throw new Aborted();
        await this.fate.check();
        if ((res.exitCode === 126 || res.exitCode === 127) && RUNTIME_EXEC_FAILED.test(log.text())) {
            throw new HarnessFault('exec', `the container runtime could not start the command (exit ${res.exitCode})`);
        }
        return res;
    }
    /** A full host disk makes the agent's and the verifier's writes fail: the host's fault, not the agent's. */
    hostDiskNotFull() {
        const root = this.ctx.hostDataRoot ?? this.ctx.backend.dataRoot;
        if (hostDiskFull(root))
            throw new HarnessFault('host-disk-full', `the host's disk holding ${root} is full`);
    }
    /**
     * A small file the agent or the verifier left: through the archive API (no process in the
     * container), or — where a tmpfs mount hides it from that API — with `head` in the container.
     */
    async readSmallFile(path, cap) {
        const onTmpfs = Object.keys(this.ctx.caps.tmpfs).some((m) => path === m || path.startsWith(`${m.replace(/\/$/, '')}/`));
        if (!onTmpfs)
            return this.ctx.backend.readFile(this.container, path, cap);
        const out = new TailBuffer(cap + 32); // the size line, then the content
        const res = await this.exec(`[ -f ${path} ] && wc -c < ${path} && head -c ${cap} ${path}`, 15_000, out);
        if (res.exitCode !== 0)
            return null;
        const [size, ...rest] = out.text().split('\n');
        return { text: rest.join('\n'), bytes: Number(size) };
    }
}

;// CONCATENATED MODULE: ./src/runner/trial/command-phases.ts













/** The agent's own files (the oracle's solution), copied in before any phase. */
async function copyAgentFiles(p, task) {
    for (const { dir, target } of p.agent.files(task))
        await p.ctx.backend.putDirectory(p.container, dir, target);
}
/** The task's setup, then the agent's (with the secrets, as the agent's user); true when both succeeded or there were none. */
async function setup(p, task, secretEnv) {
    const log = (p.state.logs.setup = new TailBuffer(LOG_CAPS.setup));
    for (const [command, env, user] of [
        [task.setup, undefined, undefined],
        [p.agent.setup, secretEnv, phaseUser(p.ctx, task, 'agent')],
    ]) {
        if (!command)
            continue;
        const res = await p.exec(command, p.timeouts.setupMs, log, env, user);
        p.state.obs.setup = { exitCode: res.exitCode, timedOut: res.timedOut };
        if (res.timedOut || res.exitCode !== 0)
            return false;
    }
    return true;
}
/** The agent (as `user`, a Harbor task's [agent].user), then the cgroup counters that tell a limit from an exit. */
async function command_phases_agent(p, secretEnv, user) {
    const { state } = p;
    const log = (state.logs.agent = new TailBuffer(LOG_CAPS.agent));
    const trajectory = p.agent.trajectory ? (state.trajectory = new TrajectorySink(p.agent.trajectory.reader())) : undefined;
    const disk = diskWatch(p);
    await disk?.start();
    let res;
    try {
        res = state.agent = await p.exec(p.agent.command, p.timeouts.agentMs, log, secretEnv, user, trajectory);
        await disk?.finish();
        if (res.exitCode === 126 || res.exitCode === 127)
            await agentStarts(p, user);
    }
    catch (err) {
        disk?.stop();
        // bakeoff stopped it over the disk cap, or the OOM killer took its init: the agent's doing, not an outside hand.
        if (!(err instanceof ContainerGone && (err.oomKilled || state.diskExceeded)))
            throw err;
        state.obs.agent = { exitCode: null, timedOut: false, oomKills: err.oomKilled ? 1 : 0, pidsMaxEvents: 0, diskExceeded: state.diskExceeded };
        return;
    }
    if (disk?.exceeded) {
        state.obs.agent = { ...res, oomKills: 0, pidsMaxEvents: 0, diskExceeded: true };
        return;
    }
    p.hostDiskNotFull();
    await agentCounters(p, res);
}
/**
 * A preset's binary that exits 126/127 may not start on this image at all (no x86-64, no exec on
 * its mount): asked with --version, its failing is error/agent-start with the fix; one that starts
 * leaves the exit to the agent.
 */
async function agentStarts(p, user) {
    const check = p.agent.startCheck;
    if (!check)
        return;
    const out = new TailBuffer(1024);
    const res = await p.exec(check.command, 30_000, out, undefined, user);
    if (res.exitCode === 0 || res.timedOut)
        return;
    throw new HarnessFault('agent-start', `the agent's binary cannot start in this image (exit ${res.exitCode}: ${oneLine(out.text(), 300)}): ${check.fix}`);
}
/** What a preset agent's stdout said: its usage as metrics, and whether the model API gave out; the text kept beside the agent logs. */
function readTrajectory(p, job, attemptNo, secrets) {
    const { state } = p;
    if (!state.trajectory)
        return;
    const reading = state.trajectory.reading();
    state.metrics = {
        metrics: reading.metrics,
        notes: state.trajectory.skippedLines ? [`${state.trajectory.skippedLines} trajectory line(s) not read`] : [],
    };
    if (reading.upstream && state.obs.agent) {
        state.obs.agent.upstream = reading.upstream.kind;
        state.upstreamDetail = redact(reading.upstream.detail, secrets);
    }
    const dir = p.ctx.agentLogsDir;
    if (!dir || state.trajectory.total === 0)
        return;
    const name = (0,external_node_path_.join)(job.task.id, `trial-${job.trial}-attempt-${attemptNo}.trajectory.jsonl`);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, job.task.id), { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, name), redact(state.trajectory.kept(), secrets));
    state.trajectoryFile = name;
}
/** The cgroup's counters after the agent; where no process can start inside, the engine's stats. */
async function agentCounters(p, res) {
    const { backend, caps } = p.ctx;
    const { state } = p;
    const counters = (state.counters = await backend.probe(p.container, p.pid));
    if (counters) {
        state.peakMemoryBytes = counters.peakMemoryBytes;
        state.cpuSeconds = counters.cpuSeconds;
        state.obs.agent = { ...res, oomKills: counters.oomKills, pidsMaxEvents: counters.pidsMaxEvents };
        return;
    }
    // No process could start inside: most often the pids cap is exhausted by what the agent left running.
    const stats = await backend.stats(p.container);
    const pidsExhausted = stats.pids !== null && stats.pids >= caps.pids - 1;
    if (!pidsExhausted)
        await p.fate.check();
    state.peakMemoryBytes = stats.peakMemoryBytes;
    state.cpuSeconds = stats.cpuSeconds;
    state.obs.agent = { ...res, oomKills: 0, pidsMaxEvents: pidsExhausted ? 1 : 0 };
}
/** Under a disk cap: the watch that stops the trial when the agent writes past it (with storage-opt, writes stop at the cap itself). */
function diskWatch(p) {
    const { caps, backend } = p.ctx;
    if (!caps.diskBytes || !caps.diskEnforcement)
        return undefined;
    const threshold = caps.diskEnforcement === 'storage-opt' ? caps.diskBytes * 0.98 : caps.diskBytes;
    return new DiskWatch(backend, p.container, threshold, p.pid, Object.keys(caps.tmpfs), () => {
        p.state.diskExceeded = true;
        void backend.dispose(p.container);
    });
}
/**
 * What ends the processes a timed-out agent left: its exec was only let go (Docker cannot kill one
 * exec), so they run on. `kill -1` reaches every process the container's user may signal but the
 * container's init and this shell: all are stopped first (a stopped process forks no more), then killed.
 */
const STOP_AGENT = 'kill -STOP -1 2>/dev/null; kill -STOP -1 2>/dev/null; kill -KILL -1 2>/dev/null; exit 0';
/** Ends what the timed-out agent left running in the container, as the user the agent ran as; false when that could not be done. */
async function stopAgent(p, user) {
    const res = await p.exec(STOP_AGENT, 30_000, new TailBuffer(1024), undefined, user);
    return !res.timedOut && res.exitCode === 0;
}
/** Reads the agent's metrics file, capped; a missing or bad one costs a note at most, never the trial. */
async function readMetrics(p, task) {
    const file = await p.readSmallFile(metricsPath(task), METRICS_MAX_BYTES + 1).catch(() => null);
    if (file)
        p.state.metrics = parseMetrics(file.text, file.bytes);
}
/** The verifier; an OOM kill during it is the harness's (the verifier's memory), told by the counter's rise. */
async function verify(p, task) {
    const log = (p.state.logs.verify = new TailBuffer(LOG_CAPS.verify));
    // The verify phase's own network (trial/network.ts), and under an allow-list the proxy's variables for its exec.
    const netEnv = await enterVerifyNetwork(p);
    const res = (p.state.verify = task.harbor
        ? await harborVerify(p, task, log, netEnv)
        : await p.exec(task.verify, p.timeouts.verifyMs, log, netEnv.length ? netEnv : undefined));
    recordVerifyEgress(p);
    if (res.exitCode !== 0)
        p.hostDiskNotFull();
    if (res.exitCode === 126 || res.exitCode === 127)
        await verifierRunnable(p, task.verify);
    let verifyOom = 0;
    if (res.exitCode !== 0 && !res.timedOut) {
        const after = await p.ctx.backend.probe(p.container, p.pid);
        const before = p.state.counters;
        verifyOom = after && before ? after.oomKills - before.oomKills : 0;
    }
    const reward = task.harbor && !res.timedOut && verifyOom === 0 ? await readReward(p) : undefined;
    if (task.harbor && !res.timedOut && verifyOom === 0)
        await readFailedTests(p);
    p.state.obs.verify = { ...res, oomKills: verifyOom, ...(reward !== undefined ? { reward } : {}) };
}
/**
 * A verifier that exits 126/127 may be a broken task (its program, e.g. bash or python3, is not
 * in the image) rather than a failed agent: when its first word is a command name that the image
 * cannot find, the task is broken — error/verify-broken, an infra error. A path (./hello,
 * /work/hello) may be what the agent was to build, so it stays the agent's failure.
 */
async function verifierRunnable(p, command) {
    const program = /^\s*([A-Za-z0-9_.+-]+)(\s|$)/.exec(command)?.[1];
    if (!program)
        return;
    const probe = new TailBuffer(1024);
    const found = await p.ctx.backend.exec(p.container, `command -v ${program}`, { timeoutMs: 15_000, log: probe });
    await p.fate.check();
    if (found.exitCode !== 0 && !found.timedOut) {
        throw new HarnessFault('verify-broken', `the verifier's program "${program}" is not in the image: the task is broken, not the agent`);
    }
}

;// CONCATENATED MODULE: ./src/runner/trial/attempt.ts
/**
 * One attempt of a trial: a fresh container, its phases in order, and what they saw turned into
 * one outcome and the attempt's record. Whatever happens, the container is ended and nothing of
 * the attempt is left on the host.
 */

















/** The agent's environment: its kind's values, then the host variables it names (by name only). */
function agentEnv(plan, suite, hostEnv) {
    return [
        ...Object.entries(plan.values).map(([name, value]) => `${name}=${value}`),
        ...[...suite.agent.env, ...(plan.plainHostEnv ?? [])].filter((name) => hostEnv[name] !== undefined).map((name) => `${name}=${hostEnv[name]}`),
    ];
}
function logSection(title, buf) {
    return buf && buf.total > 0 ? `--- ${title} ---\n${buf.text()}\n` : '';
}
/** The container of one attempt, as the engine is asked for it. Pure. */
function containerSpec(ctx, plan, job, attemptNo, taskDir) {
    const { task, trial } = job;
    const net = containerNetwork(ctx);
    const env = [
        ...harborContainerEnv(ctx, task),
        `BAKEOFF_INSTRUCTION=${task.instruction}`,
        `BAKEOFF_TASK=${task.id}`,
        `BAKEOFF_TRIAL=${trial}`,
        `BAKEOFF_ATTEMPT=${attemptNo}`,
        `BAKEOFF_METRICS=${metricsPath(task)}`,
    ];
    const limits = dockerLimits(ctx.caps);
    // A preset's HOME is in memory, inside the container's memory cap as any tmpfs is.
    limits.tmpfs = { ...limits.tmpfs, ...plan.tmpfs };
    return {
        image: task.image,
        workdir: task.workdir,
        labels: {
            [LABEL.tool]: 'true',
            [LABEL.run]: ctx.runId,
            [LABEL.suite]: ctx.suite.name,
            [LABEL.task]: task.id,
            [LABEL.trial]: String(trial),
            [LABEL.attempt]: String(attemptNo),
            [LABEL.owner]: OWNER,
            ...plan.labels,
        },
        ...limits,
        // The task's network per phase, which may be narrower than the profile's (trial/network.ts).
        network: net.network,
        verifyNetwork: net.verifyNetwork,
        env: [...env, ...net.env],
        ...(ctx.caps.diskEnforcement === 'storage-opt' && ctx.caps.diskBytes ? { storageOptBytes: ctx.caps.diskBytes } : {}),
        agentMountDir: plan.mountDir,
        ...(plan.mounts ? { mounts: plan.mounts } : {}),
        taskDir,
    };
}
/** The host side of a trial: /task/instruction.md, and for a Harbor task the /logs skeleton copied in. */
function writeTaskDir(task) {
    const taskDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'bakeoff-task-'));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(taskDir, 'instruction.md'), task.instruction.endsWith('\n') ? task.instruction : `${task.instruction}\n`);
    (0,external_node_fs_.chmodSync)(taskDir, 0o755);
    const skeleton = (0,external_node_path_.join)(taskDir, 'logs');
    for (const sub of task.harbor ? ['agent', 'verifier'] : []) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(skeleton, sub), { recursive: true });
        (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(skeleton, sub), 0o777);
    }
    return { taskDir, skeleton };
}
async function runAttempt(ctx, job, attemptNo) {
    const { backend, signal } = ctx;
    const hostEnv = ctx.hostEnv ?? process.env;
    const plan = agentPlan(ctx.suite.agent);
    const startedAt = new Date();
    const state = emptyState();
    let container;
    let fate;
    const onAbort = () => container && backend.dispose(container);
    signal.addEventListener('abort', onAbort);
    const epoch = backend.epoch;
    const { taskDir, skeleton } = writeTaskDir(job.task);
    try {
        if (signal.aborted)
            throw new Aborted();
        const failedBuild = ctx.failedBuilds?.get(job.task.image);
        if (failedBuild)
            throw new HarnessFault('image', failedBuild);
        container = await backend.create(containerSpec(ctx, plan, job, attemptNo, taskDir));
        if (signal.aborted)
            throw new Aborted();
        await backend.start(container);
        const identity = await backend.identity(container);
        fate = new ContainerFate(backend, container, identity);
        const phases = new Phases(ctx, container, identity.pid, fate, ctx.timeouts ?? appliedTimeouts(ctx.caps.timeouts, job.task), state, plan);
        const secretEnv = [...agentEnv(plan, ctx.suite, hostEnv), ...harborAgentEnv(ctx, job.task)];
        await trackAgent(phases);
        if (job.task.harbor)
            await harborSetup(phases, skeleton);
        await copyAgentFiles(phases, job.task);
        if (await setup(phases, job.task, secretEnv)) {
            await command_phases_agent(phases, secretEnv, phaseUser(ctx, job.task, 'agent'));
            readTrajectory(phases, job, attemptNo, secretValues(ctx, hostEnv));
            recordAgentEgress(state, ctx);
            const limited = stoppedByLimit(state.obs);
            if (!limited && !state.trajectory)
                await readMetrics(phases, job.task);
            await keepAgentLogs(phases, job, attemptNo);
            if (!limited)
                await verify(phases, job.task);
            else if (gradedAfterLimit(state.obs, !!job.task.harbor))
                await gradeAfterTimeout(phases, job.task);
            if (state.verify)
                await keepVerifierLogs(phases, job, attemptNo);
            if (usesProxy(ctx) && !ctx.egress.proxy.alive)
                throw new HarnessFault('network', 'the egress proxy stopped during the trial');
        }
    }
    catch (err) {
        if (err instanceof Aborted || signal.aborted)
            throw new Aborted();
        state.obs.fault = await faultOf(err, backend, epoch);
    }
    finally {
        signal.removeEventListener('abort', onAbort);
        untrackEgress(state, ctx);
        fate?.dispose();
        if (container)
            backend.disposeInBackground(container);
        (0,external_node_fs_.rmSync)(taskDir, { recursive: true, force: true });
    }
    return toRecord(state, startedAt, attemptNo, secretValues(ctx, hostEnv));
}
/**
 * Harbor grades an agent that ran out of time (classify's gradedAfterLimit): what the agent left
 * running is killed, then the verifier runs in the same container. The trial stays limit/timeout
 * whatever the verifier does; when the grading cannot be done or does not finish, no reward is
 * recorded and the verify log says why (a retry would rerun the whole agent for a verdict already known).
 */
async function gradeAfterTimeout(p, task) {
    const note = (text) => (p.state.logs.verify ??= new TailBuffer(LOG_CAPS.verify)).write(`bakeoff: ${text}\n`);
    try {
        if (await stopAgent(p, phaseUser(p.ctx, task, 'agent')))
            await verify(p, task);
        else
            note('the timed-out agent could not be stopped: the verifier was not run');
    }
    catch (err) {
        if (err instanceof Aborted || p.ctx.signal.aborted)
            throw new Aborted();
        delete p.state.obs.verify;
        note(`the verifier after the timeout did not finish (${faultFrom(err, 'internal').message}): no reward recorded`);
    }
}
/** Whether the engine answers, asked twice a second apart: one refused connection on a loaded machine is not a lost engine. */
async function engineAnswers(backend) {
    for (let attempt = 0; attempt < 2; attempt++) {
        if (await backend.answers())
            return true;
        if (attempt === 0)
            await new Promise((r) => setTimeout(r, 1000));
    }
    return false;
}
/** The fault an attempt ended on; the engine went away during it (its events stream broke, or it stopped answering): the daemon's. */
async function faultOf(err, backend, epoch) {
    const fault = faultFrom(err, 'internal');
    // Only a lost engine makes it a daemon fault; while the engine kept answering, a gone container is just that.
    const daemonLost = backend.epoch !== epoch || !(await engineAnswers(backend));
    return { stage: daemonLost && fault.stage !== 'image' ? 'daemon' : fault.stage, detail: fault.message };
}
/** The values of the host variables the agent takes as secrets: masked wherever its output is kept. */
function secretValues(ctx, hostEnv) {
    return ctx.suite.agent.env.map((name) => hostEnv[name] ?? '');
}
function toRecord(state, startedAt, attemptNo, secrets) {
    const { obs, logs } = state;
    const { outcome, reason } = classify(obs);
    const detail = obs.fault?.detail ??
        (outcome === 'error' && reason === 'setup'
            ? setupDetail(obs)
            : reason?.startsWith('verify-egress:')
                ? verifyEgressDetail(state.egress)
                : reason === 'upstream' || reason === 'upstream-auth'
                    ? (state.upstreamDetail ?? state.rewardProblem)
                    : state.rewardProblem);
    const harness = obs.fault ? `--- harness ---\n${obs.fault.detail}\n` : '';
    const metricNotes = state.metrics?.notes.length ? `--- metrics ---\n${state.metrics.notes.join('\n')}\n` : '';
    return {
        attempt: {
            attempt: attemptNo,
            outcome,
            reason,
            startedAt: startedAt.toISOString(),
            durationMs: Date.now() - startedAt.getTime(),
            ...(detail ? { detail } : {}),
        },
        agentDurationMs: state.agent?.durationMs ?? null,
        peakMemoryBytes: state.peakMemoryBytes,
        cpuSeconds: state.cpuSeconds,
        agentExitCode: state.agent?.exitCode ?? null,
        verifyExitCode: state.verify?.exitCode ?? null,
        logTail: redact(logSection('setup', logs.setup) + logSection('agent', logs.agent) + logSection('verify', logs.verify) + metricNotes + harness, secrets),
        ...(obs.verify?.reward !== undefined ? { reward: typeof obs.verify.reward === 'number' ? obs.verify.reward : null } : {}),
        ...(state.agentLogs ? { agentLogs: state.agentLogs } : {}),
        ...(state.trajectoryFile ? { trajectory: state.trajectoryFile } : {}),
        ...(state.verifierLogs ? { verifierLogs: state.verifierLogs } : {}),
        ...(state.rewards ? { rewards: state.rewards } : {}),
        ...(state.failedTests ? { failedTests: state.failedTests } : {}),
        ...(state.egress ? { egress: state.egress } : {}),
        ...(state.metrics && Object.keys(state.metrics.metrics).length ? { metrics: state.metrics.metrics } : {}),
    };
}
function setupDetail(obs) {
    return obs.setup?.timedOut ? 'setup timed out' : `setup exited ${obs.setup?.exitCode}`;
}

;// CONCATENATED MODULE: ./src/runner/trial.ts




function defaultBackoff(k) {
    return Math.min(500 * 2 ** (k - 1), 8_000);
}
/**
 * Engine outages (reason `daemon`) are not the task's infra flakiness: they are retried with their
 * own budget, waiting for the engine each time, and do not use up `retries.infra`.
 */
const DAEMON_RETRIES = 10;
/**
 * Errors that a retry would meet again as they are: the model API refusing the key, an agent binary
 * the image cannot start, a destination the verify phase's allow-list denies (the profile decides it).
 */
const NOT_RETRIED = new Set(['upstream-auth', 'agent-start']);
const notRetried = (reason) => reason !== null && (NOT_RETRIED.has(reason) || reason.startsWith('verify-egress:'));
/** How long a retry after an outage waits for the engine to answer again. */
const ENGINE_WAIT_MS = 120_000;
/** Which budget, if any, pays for retrying this attempt. Pure. */
function retryBudget(attempt, used, limits) {
    // A failed build fails the same way again: its trials are not retried; nor a refused key, nor a binary that cannot start on the image.
    if (attempt.outcome !== 'error' || limits.builtBroken || notRetried(attempt.reason))
        return null;
    if (attempt.reason === 'daemon' && used.daemon < DAEMON_RETRIES)
        return 'daemon';
    return used.infra < limits.infra ? 'infra' : null;
}
/** Runs a trial to its final outcome: errors are retried up to caps.retries.infra times; every attempt is kept. */
async function runTrial(ctx, job) {
    const started = Date.now();
    const attempts = [];
    const backoff = ctx.backoffMs ?? defaultBackoff;
    const used = { infra: 0, daemon: 0 };
    const limits = { infra: ctx.caps.retries.infra, builtBroken: ctx.failedBuilds?.has(job.task.image) ?? false };
    for (let k = 1;; k++) {
        const rec = await runAttempt(ctx, job, k);
        attempts.push(rec.attempt);
        const budget = retryBudget(rec.attempt, used, limits);
        if (budget) {
            used[budget]++;
            ctx.onRetry?.(job, rec.attempt);
            await sleep(budget === 'daemon' ? Math.max(1000, backoff(used.daemon)) : backoff(used.infra), ctx.signal);
            if (budget === 'daemon')
                await ctx.backend.awaitEngine(ctx.signal, ENGINE_WAIT_MS);
            if (ctx.signal.aborted)
                throw new Aborted();
            continue;
        }
        return {
            task: job.task.id,
            trial: job.trial,
            outcome: rec.attempt.outcome,
            reason: rec.attempt.reason,
            attempts,
            durationMs: Date.now() - started,
            agentDurationMs: rec.agentDurationMs,
            peakMemoryBytes: rec.peakMemoryBytes,
            cpuSeconds: rec.cpuSeconds === null ? null : Number(rec.cpuSeconds.toFixed(3)),
            agentExitCode: rec.agentExitCode,
            verifyExitCode: rec.verifyExitCode,
            logTail: rec.logTail,
            ...(rec.reward !== undefined ? { reward: rec.reward } : {}),
            ...(rec.agentLogs ? { agentLogs: rec.agentLogs } : {}),
            ...(rec.trajectory ? { trajectory: rec.trajectory } : {}),
            ...(rec.verifierLogs ? { verifierLogs: rec.verifierLogs } : {}),
            ...(rec.rewards ? { rewards: rec.rewards } : {}),
            ...(rec.failedTests ? { failedTests: rec.failedTests } : {}),
            ...(rec.egress ? { egress: rec.egress } : {}),
            ...(rec.metrics ? { metrics: rec.metrics } : {}),
        };
    }
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/config/version.ts
/** bakeoff's version, from package.json (ncc inlines the JSON into the bundles). */

const TOOL_VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/runner/run.ts
/**
 * A run: one suite × one profile × one ref → one results file (docs/design.md §2, §6). Several runs
 * ("arms") can share one scheduler with their trials interleaved, so runner drift hits them alike.
 */






















/** What the host offers to trials under `--concurrency auto`: all CPUs; memory less a reserve (10%, at most 1 GiB). */
function hostCapacity(env, reserveBytes) {
    const mem = env.docker.memoryBytes;
    const reserve = reserveBytes ?? Math.min(mem * 0.1, 1024 ** 3);
    return { cpus: env.docker.cpus, memoryBytes: Math.max(0, mem - reserve) };
}
/** The run's warnings for the caps the engine cannot enforce (CPU: refused by preflight, not warned of here). */
function engineWarnings(environment) {
    return unenforcedCaps(environment)
        .filter((u) => u.cap !== 'cpus')
        .map((u) => `the Docker engine reports no ${u.cap} limit support: ${u.cap} caps are not enforced`);
}
/** One run's plan, its finished trials and its events file. */
class Arm {
    opts;
    environment;
    jobs;
    todo;
    caps;
    warnings;
    done = new Map();
    header;
    events;
    tasks;
    /** Each task image's identity at the run's start (set once the images are built). */
    images = new Map();
    /** The suite as its trials run it: a preset agent with what the run fetched for it. */
    suite;
    constructor(opts, environment, log) {
        this.opts = opts;
        this.environment = environment;
        const suite = (this.suite = opts.suite.value);
        const resolved = resolveCaps({ profile: opts.profile.value, multiplier: opts.multiplier, hostCpus: environment.docker.cpus });
        this.caps = resolved.caps;
        this.warnings = [...engineWarnings(environment), ...resolved.warnings];
        let tasks = filterTasks(suite.tasks, opts.tasksGlob);
        if (tasks.length === 0)
            throw new errors_ConfigError(suite.path, [
                { path: '', message: `--tasks ${opts.tasksGlob}: no task id matches`, fix: 'check the pattern against the task ids' },
            ]);
        if (opts.shard)
            tasks = opts.shardLeader ? shardAlong(tasks, opts.shardLeader, opts.shard) : shardTasks(tasks, opts.shard, opts.shardDurationsMs);
        if (opts.trials)
            tasks = tasks.map((t) => ({ ...t, trials: opts.trials }));
        this.tasks = tasks;
        this.jobs = planTrials(tasks);
        this.header = {
            type: 'run',
            runId: (0,external_node_crypto_.randomUUID)(),
            startedAt: new Date().toISOString(),
            suiteSha256: opts.suite.sha256,
            profileSha256: opts.profile.sha256,
            multiplier: opts.multiplier,
            tasks: tasks.map((t) => `${t.id}×${t.trials}`),
        };
        this.events = new EventsWriter(opts.eventsFile, (err) => log(`bakeoff: warning: cannot write ${opts.eventsFile} (${err.message.split(':')[0]}); the run goes on with its trials in memory and retries the file`));
        this.openEvents(log);
        this.todo = this.jobs.filter((j) => !this.done.has(group_trialKey(j.task.id, j.trial)));
    }
    openEvents(log) {
        const previous = this.opts.resume ? readEvents(this.opts.eventsFile) : undefined;
        if (!previous) {
            const moved = this.events.start(this.header);
            if (moved)
                log(`bakeoff: an earlier events file was kept as ${moved}`);
            return;
        }
        const h = previous.header;
        const same = h.suiteSha256 === this.header.suiteSha256 &&
            h.profileSha256 === this.header.profileSha256 &&
            h.multiplier === this.header.multiplier &&
            h.tasks.join() === this.header.tasks.join();
        if (!same) {
            throw new errors_ConfigError(this.opts.eventsFile, [
                {
                    path: '',
                    message: 'belongs to a different run (suite, profile, multiplier or task selection changed)',
                    fix: 'drop --resume to start afresh, or pass the same inputs',
                },
            ]);
        }
        this.header.runId = h.runId;
        this.header.startedAt = h.startedAt;
        for (const t of previous.trials)
            this.done.set(group_trialKey(t.task, t.trial), t);
        log(`bakeoff: resuming run ${h.runId}: ${this.done.size} of ${plural(this.jobs.length, 'trial')} already done` +
            (previous.skippedLines ? ` (${previous.skippedLines} unreadable line(s) skipped)` : ''));
    }
    get runId() {
        return this.header.runId;
    }
    perTask = new Map();
    /** The caps of one task's trials: the run's, or under basis: task what the task declares, scaled. */
    capsFor(task) {
        let caps = this.perTask.get(task.id);
        if (!caps)
            this.perTask.set(task.id, (caps = capsForTask(this.caps, task.harbor?.declared, this.opts.multiplier, this.environment.docker.cpus)));
        return caps;
    }
    perTaskNetwork = new Map();
    /** The network per phase of one task's trials: the profile's, narrowed by the task's own network keys. */
    networkFor(task) {
        let network = this.perTaskNetwork.get(task.id);
        if (!network)
            this.perTaskNetwork.set(task.id, (network = narrowNetwork(profileNetwork(this.caps), task.harbor?.declared.network).network));
        return network;
    }
    /** Whether any phase of any of this arm's tasks runs under an allow-list: then the run needs its egress proxy. */
    get usesEgress() {
        return this.tasks.some((t) => {
            const n = this.networkFor(t);
            return n.agent.mode === 'egress' || n.verify.mode === 'egress';
        });
    }
    /** The phase timeouts of one task's trials: the profile's tightened by the suite, or under timeouts.basis: task what the task declares, scaled. */
    timeoutsFor(task) {
        return appliedTimeouts(this.caps.timeouts, task, this.caps.timeoutsBasis === 'task' ? { multiplier: this.opts.multiplier } : undefined);
    }
    demand(task) {
        const caps = this.capsFor(task);
        return { cpus: caps.cpus ?? this.opts.profile.value.resources.cpus, memoryBytes: caps.memoryGuaranteedBytes };
    }
    record(result) {
        this.events.append(result);
        this.done.set(group_trialKey(result.task, result.trial), result);
    }
    /**
     * What a task ran under beyond the run's caps: its own timeouts (tightened, or its declared ones
     * under basis: task), its network where it narrowed the profile's, and its image's identity.
     */
    taskRecord(t) {
        const timeouts = this.timeoutsFor(t);
        const own = this.caps.timeoutsBasis === 'task' || JSON.stringify(timeouts) !== JSON.stringify(this.caps.timeouts);
        const network = this.networkFor(t);
        const profile = profileNetwork(this.caps);
        const narrowed = !samePhaseNetwork(network.agent, profile.agent) || !samePhaseNetwork(network.verify, profile.verify);
        return { ...(own ? { timeouts } : {}), ...(narrowed ? { network } : {}), ...this.images.get(t.image) };
    }
    results() {
        const { opts, header, suite } = this;
        const order = new Map(this.jobs.map((j, i) => [group_trialKey(j.task.id, j.trial), i]));
        const trials = [...this.done.values()]
            .filter((t) => order.has(group_trialKey(t.task, t.trial)))
            .sort((a, b) => order.get(group_trialKey(a.task, a.trial)) - order.get(group_trialKey(b.task, b.trial)));
        return {
            schema: RESULTS_SCHEMA,
            run: {
                id: header.runId,
                startedAt: header.startedAt,
                finishedAt: new Date().toISOString(),
                ref: opts.ref ?? { sha: null, branch: null },
                tool: { version: TOOL_VERSION },
                ...(opts.shard ? { shard: opts.shard } : {}),
                ...(opts.tasksGlob ? { tasksGlob: opts.tasksGlob } : {}),
                ...agentPlan(suite.agent).recorded,
            },
            suite: {
                name: suite.name,
                path: suite.path,
                sha256: opts.suite.sha256,
                tasks: this.tasks.map((t) => ({
                    id: t.id,
                    image: t.image,
                    trials: t.trials,
                    ...(t.harbor && Object.keys(t.harbor.declared).length ? { declared: t.harbor.declared } : {}),
                    ...(t.harbor?.unsupported ? { unsupported: t.harbor.unsupported } : {}),
                    ...(this.caps.basis === 'task' ? { applied: { cpus: this.capsFor(t).cpus, memoryBytes: this.capsFor(t).memoryBytes } } : {}),
                    ...this.taskRecord(t),
                })),
                ...(suite.skipped.length ? { skipped: suite.skipped } : {}),
            },
            profile: { name: opts.profile.value.name, sha256: opts.profile.sha256, multiplier: opts.multiplier, resolved: this.caps },
            environment: this.environment,
            trials,
            summary: summary_summarize(trials),
        };
    }
}
/** Where a profile caps disk: the engine's storage-opt size when the driver supports it, else bakeoff's measuring. */
async function chooseDiskEnforcement(arms, environment, backend) {
    const capped = arms.filter((a) => a.caps.diskBytes !== null && a.caps.diskBytes !== undefined);
    if (capped.length === 0)
        return;
    const supported = await backend.storageOptSupported(capped[0].opts.suite.value.tasks[0].image);
    environment.docker.storageOptSize = supported;
    for (const arm of capped)
        arm.caps.diskEnforcement = supported ? 'storage-opt' : 'polling';
}
/**
 * The run's egress allow-list machinery: one internal network (no route out) and, per arm with an
 * allow-list, a proxy on the network's host address. Made before the first trial, removed after
 * the last container is gone; a crashed run's network is removed by the next run (its labels).
 */
class EgressSetup {
    backend;
    runId;
    shared;
    network;
    proxies = new Map();
    constructor(backend, runId, shared) {
        this.backend = backend;
        this.runId = runId;
        this.shared = shared;
    }
    async prepare(arm) {
        if (!arm.usesEgress)
            return;
        this.network ??= this.backend.createEgressNetwork(this.runId);
        const { name, gateway } = await this.network;
        // No allow-list of its own: each trial's phase is tracked with its policy (trial/network.ts); an untracked client is refused.
        const proxy = new EgressProxy([], this.shared.resolveHost);
        const port = await proxy.listen(gateway);
        this.shared.onEgressProxy?.(proxy);
        this.proxies.set(arm, { network: name, proxy, proxyUrl: `http://${gateway}:${port}` });
    }
    of(arm) {
        return this.proxies.get(arm);
    }
    async teardown() {
        for (const p of this.proxies.values())
            await p.proxy.close();
        const network = await this.network?.catch(() => undefined);
        if (network)
            await this.backend.removeNetwork(network.name);
    }
}
/** Each preset agent's files, fetched once per preset and version however many arms run it (candidates on two models). */
async function fetchPresetAgents(arms, shared, log, signal) {
    const fetched = new Map();
    for (const arm of arms) {
        const agent = arm.suite.agent;
        if (agent.kind !== 'preset' || agent.bundle)
            continue;
        const key = `${agent.preset}@${agent.version ?? 'latest'}`;
        if (!fetched.has(key))
            fetched.set(key, prepareAgentBundle(agent, { cacheDir: shared.cacheDir ?? defaultCacheDir(), log, signal }));
        arm.suite = { ...arm.suite, agent: { ...agent, bundle: await fetched.get(key) } };
    }
}
/** Interleaves lists: a0, b0, a1, b1, … */
function interleave(lists) {
    const out = [];
    const longest = Math.max(0, ...lists.map((l) => l.length));
    for (let i = 0; i < longest; i++)
        for (const l of lists)
            if (i < l.length)
                out.push(l[i]);
    return out;
}
/** Runs several arms through one scheduler, trials interleaved; one outcome per arm, in order. */
async function run_runInterleaved(arms, shared) {
    const backend = shared.backend ?? new docker_DockerBackend();
    const signal = shared.signal ?? new AbortController().signal;
    const log = shared.log ?? ((line) => process.stderr.write(line + '\n'));
    const environment = await backend.environment();
    const prepared = arms.map((a) => new Arm(a, environment, log));
    // Each image looked up once: what is present is recorded as is, what is missing is built or pulled and looked up again.
    const images = await imageIdentities(backend, prepared.flatMap((a) => a.tasks.map((t) => t.image)));
    const made = await buildTaskImages(backend, prepared.flatMap((a) => a.todo.map((j) => j.task)), { log, signal, known: images });
    const broken = failedBuilds(made);
    const fresh = await imageIdentities(backend, made.filter((o) => o.status === 'built' || o.status === 'pulled').map((o) => o.image));
    for (const [image, identity] of fresh)
        images.set(image, identity);
    for (const arm of prepared)
        arm.images = images;
    await fetchPresetAgents(prepared, shared, log, signal);
    await chooseDiskEnforcement(prepared, environment, backend);
    for (const w of new Set(prepared.flatMap((a) => a.warnings)))
        log(`bakeoff: warning: ${w}`);
    const concurrency = shared.concurrency === 'auto'
        ? { kind: 'auto', capacity: hostCapacity(environment, shared.reserveBytes) }
        : { kind: 'fixed', n: shared.concurrency };
    const total = prepared.reduce((n, a) => n + a.jobs.length, 0);
    const todo = interleave(prepared.map((arm) => arm.todo.map((job) => ({ arm, job }))));
    for (const arm of prepared) {
        const o = arm.opts;
        log(`bakeoff: ${o.suite.value.name} × ${o.profile.value.name} (${multiplier_multiplierLabel(o.multiplier)}): ` +
            `${plural(arm.todo.length, 'trial')} to run of ${arm.jobs.length}`);
    }
    if (concurrency.kind === 'auto')
        log(`bakeoff: concurrency auto: ${concurrency.capacity.cpus} CPUs, ${(concurrency.capacity.memoryBytes / 1024 ** 3).toFixed(1)} GiB for trials`);
    else
        log(`bakeoff: concurrency ${concurrency.n}`);
    const progress = new Progress(total, shared.progress, undefined, prepared.flatMap((a) => [...a.done.values()].map((t) => t.outcome)));
    await backend.watch.start();
    progress.start();
    const egress = new EgressSetup(backend, prepared[0].runId, shared);
    try {
        for (const arm of prepared)
            await egress.prepare(arm);
        await schedule(todo, {
            demand: ({ arm, job }) => arm.demand(job.task),
            concurrency,
            signal,
            run: async ({ arm, job }) => {
                const label = `${arm.opts.label ? `${arm.opts.label} ` : ''}${group_trialKey(job.task.id, job.trial)}`;
                progress.trialStarted(label);
                const result = await runTrial({
                    runId: arm.runId,
                    suite: arm.suite,
                    caps: arm.capsFor(job.task),
                    timeouts: arm.timeoutsFor(job.task),
                    network: arm.networkFor(job.task),
                    backend,
                    signal,
                    backoffMs: shared.backoffMs,
                    hostEnv: shared.hostEnv,
                    hostDataRoot: shared.hostDataRoot,
                    failedBuilds: broken,
                    agentLogsDir: arm.opts.agentLogsDir,
                    egress: egress.of(arm),
                    onRetry: () => progress.retried(),
                }, job);
                arm.record(result);
                progress.trialDone(result.outcome, label);
            },
        });
    }
    catch (err) {
        if (!(err instanceof Aborted))
            throw err;
    }
    finally {
        progress.finish();
        await backend.reaper.settle();
        backend.watch.stop();
        await backend.reaper.flushOrphans();
        const stuck = await backend.reaper.awaitGone(prepared.map((a) => a.runId));
        if (stuck)
            log(`bakeoff: warning: the engine is still removing ${plural(stuck, 'container')} of this run`);
        await egress.teardown();
        if (backend.reaper.pendingRemovals)
            log(`bakeoff: warning: ${plural(backend.reaper.pendingRemovals, 'container')} could not be removed; ` +
                'they carry the dev.bakeoff labels and are removed by the next run');
    }
    return prepared.map((arm) => ({ results: arm.results(), interrupted: signal.aborted, warnings: arm.warnings }));
}

;// CONCATENATED MODULE: ./src/compare/diff.ts

function flatten(value, prefix = '', out = {}) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value))
            flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else
        out[prefix] = value;
    return out;
}
function keyDiff(base, head) {
    const a = flatten(base);
    const b = flatten(head);
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map((key) => ({ key, base: a[key] ?? null, head: b[key] ?? null }));
}
/**
 * The profile as it shaped the trials: its name, multiplier and the caps really applied, with the
 * security context a file written before it was recorded ran under (so that change shows too).
 */
function profileDiff(base, head) {
    const view = (r) => ({
        name: r.profile.name,
        multiplier: r.profile.multiplier,
        ...r.profile.resolved,
        security: securityOf(r.profile.resolved),
    });
    return keyDiff(view(base), view(head));
}
/**
 * The preset agent each run ran: name, version, model and its binary's digest (what ran, however
 * it was named). A change is an agent change: often the pull request's point, shown beside the verdict.
 */
function agentDiff(base, head) {
    const view = (r) => {
        const p = r.run.preset;
        return p ? { preset: p.name, version: p.version, model: p.model ?? null, binarySha256: p.binarySha256 } : { preset: null };
    };
    return keyDiff(view(base), view(head));
}
/** What of the machine can move a score: CPU count, memory, Docker and cgroup versions. */
function environmentDiff(base, head) {
    const view = (r) => ({
        'host.cpus': r.environment.host.cpus,
        'host.memoryBytes': r.environment.host.memoryBytes,
        'docker.version': r.environment.docker.version,
        'docker.cgroupVersion': r.environment.docker.cgroupVersion,
    });
    return keyDiff(view(base), view(head));
}
/**
 * Per task both runs list, what it ran on beyond the profile: its image (the tag as written and the
 * ID it pointed at, when both runs recorded one) and the timeouts it ran under where either run
 * records its own. A change is a harness change, as a profile's is.
 */
function tasksDiff(base, head) {
    const before = new Map(base.suite.tasks.map((t) => [t.id, t]));
    return head.suite.tasks.flatMap((h) => {
        const b = before.get(h.id);
        return b ? keyDiff(taskView(b, h, base), taskView(h, b, head)).map((c) => ({ ...c, key: `tasks.${h.id}.${c.key}` })) : [];
    });
}
function taskView(t, other, r) {
    return {
        image: t.image,
        ...(t.imageId !== undefined && other.imageId !== undefined ? { imageId: t.imageId } : {}),
        ...(t.timeouts || other.timeouts ? { timeouts: t.timeouts ?? r.profile.resolved.timeouts } : {}),
    };
}

;// CONCATENATED MODULE: ./src/compare/numbers.ts
/** Small arithmetic the statistics share: one definition each. Pure. */
function sum(xs) {
    let total = 0;
    for (const x of xs)
        total += x;
    return total;
}
/** The arithmetic mean; null for no numbers. */
function mean(xs) {
    return xs.length ? sum(xs) / xs.length : null;
}
function sumOfSquares(xs) {
    let total = 0;
    for (const x of xs)
        total += x * x;
    return total;
}
/** Greatest common divisor of two non-negative integers. */
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}

;// CONCATENATED MODULE: ./src/compare/random.ts
/**
 * A small seeded PRNG (xorshift32, Marsaglia 2003): the same inputs give the same Monte Carlo
 * p-values and bootstrap intervals, byte for byte. Only bit operations, no Math calls, so the hot
 * loops stay fast in every JS realm (Jest's sandbox makes each Math call costly).
 */
function xorshift32(seed) {
    let x = seed >>> 0 || 0x9e3779b9;
    return () => {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return (x >>> 0) / 4294967296;
    };
}
const DEFAULT_SEED = 20_241_127;

;// CONCATENATED MODULE: ./src/compare/stats.ts
/**
 * Paired statistics over tasks (docs/design.md §7). The task is the unit: trials of a task are never
 * pooled as independent observations. Pure functions, no I/O.
 */


/**
 * Writes each difference as an integer over a common denominator, when the differences are
 * fractions with small denominators (pass counts over trial counts), so the exact distribution of
 * their sum can be built by convolution without rounding. Returns null when that is not possible.
 */
function commonDenominator(diffs, denominators) {
    let scale = 1;
    for (const d of denominators) {
        if (!Number.isInteger(d) || d <= 0)
            return null;
        scale = (scale / gcd(scale, d)) * d;
        if (scale > 1e6)
            return null;
    }
    const ks = diffs.map((x) => Math.round(x * scale));
    if (ks.some((k, i) => Math.abs(k - diffs[i] * scale) > 1e-6))
        return null;
    return { ks, scale };
}
/**
 * One-sided mid-p sign-flip permutation test on paired differences d_i.
 * H0: each d_i is symmetric about 0 (base and head exchangeable within a task), so the
 * observed sum T = Σ d_i is compared with the 2^n sums Σ ±d_i.
 *   'less':    p = P(T* < T) + ½·P(T* = T)     (evidence the head is worse)
 *   'greater': p = P(T* > T) + ½·P(T* = T)
 * With one trial per task (d_i ∈ {−1, 0, 1}) this is exactly the one-sided mid-p McNemar test.
 * Exact when the |d_i| are integers over a common denominator (pass counts over trial counts) and
 * the convolution fits in `maxExactWork` steps; otherwise seeded Monte Carlo with `draws` random
 * sign vectors.
 */
function signFlipTest(diffs, opts) {
    const both = signFlipBothWays(diffs, opts);
    return both && { pValue: both[opts.alternative], method: both.method };
}
/** Both one-sided mid-p values of the sign-flip test from one distribution (or one set of Monte Carlo draws). */
function signFlipBothWays(diffs, opts = {}) {
    const nonzero = diffs.filter((d) => d !== 0);
    if (diffs.length === 0)
        return null;
    if (nonzero.length === 0)
        return { less: 0.5, greater: 0.5, method: 'exact' };
    const scaled = commonDenominator(nonzero, opts.denominators ?? []);
    const dist = scaled && signFlipDistribution(scaled.ks, opts.maxExactWork ?? 5e7);
    if (scaled && dist)
        return {
            ...midPTails(dist, sum(scaled.ks)),
            method: 'exact',
        };
    return { ...monteCarloTails(nonzero, opts.draws ?? 20_000, opts.seed ?? DEFAULT_SEED), method: 'monte-carlo' };
}
/**
 * The one-sided sign-flip p by the statistic's normal limit: Σd_i·ε_i has mean 0 and variance Σd_i²
 * under H0. Callers use it where many bounded terms make the normal tail as good as the exact one.
 */
function signFlipNormal(diffs, alternative) {
    const squares = sumOfSquares(diffs);
    if (squares === 0)
        return 0.5;
    const z = sum(diffs) / Math.sqrt(squares);
    return alternative === 'less' ? normalCdf(z) : 1 - normalCdf(z);
}
/**
 * Below this a probability is dropped from the tails of the distributions being convolved. Each drop
 * is counted, so the p-value is off by at most the dropped mass, which stays below 1e-12 (asserted).
 */
const NEGLIGIBLE = 1e-22;
/**
 * The distribution of Σ ±k_i with each sign fair. Tasks with the same |k| form one term k·(2J − c),
 * J ~ Binomial(c, ½), so 10,000 tasks at 3 trials a side are 3 to 9 convolutions of binomials, not
 * 10,000 steps over a 60,000-wide array. Null when that would take more than `maxWork` steps.
 */
function signFlipDistribution(ks, maxWork) {
    const counts = new Map();
    for (const k of ks)
        counts.set(Math.abs(k), (counts.get(Math.abs(k)) ?? 0) + 1);
    let acc = { min: 0, probs: Float64Array.of(1) };
    let work = 0;
    let dropped = 0;
    for (const [k, c] of [...counts].sort((a, b) => a[0] - b[0])) {
        const binomial = fairBinomial(c);
        work += acc.probs.length * binomial.pmf.length;
        if (work > maxWork)
            return null;
        const trimmed = trimTails(convolveScaled(acc, binomial, k, c));
        dropped += binomial.dropped + trimmed.dropped;
        acc = trimmed;
    }
    if (dropped > 1e-12)
        throw new Error(`sign-flip: ${dropped} of the probability dropped (internal)`);
    return acc;
}
/** P(J = j) for J ~ Binomial(c, ½) from j = `from` on, where it is not negligible; computed outward from the mode by ratios. */
function fairBinomial(c) {
    const mode = c >> 1;
    const up = [];
    const down = [];
    for (let j = mode, v = 1; j < c && (v *= (c - j) / (j + 1)) > NEGLIGIBLE; j++)
        up.push(v);
    for (let j = mode, v = 1; j > 0 && (v *= j / (c - j + 1)) > NEGLIGIBLE; j--)
        down.push(v);
    const relative = [...down.reverse(), 1, ...up];
    const total = sum(relative);
    // Each dropped term is below NEGLIGIBLE × the mode's probability (itself ≤ 1).
    const dropped = (c + 1 - relative.length) * NEGLIGIBLE;
    return { from: mode - down.length, pmf: Float64Array.from(relative, (v) => v / total), dropped };
}
/** acc + k·(2J − c): each binomial term shifts a copy of acc by 2k. */
function convolveScaled(acc, binomial, k, c) {
    const { pmf, from } = binomial;
    const probs = new Float64Array(acc.probs.length + 2 * k * (pmf.length - 1));
    for (let j = 0; j < pmf.length; j++) {
        const w = pmf[j];
        const at = 2 * k * j;
        for (let i = 0; i < acc.probs.length; i++)
            probs[at + i] += w * acc.probs[i];
    }
    return { min: acc.min + k * (2 * from - c), probs };
}
/** Cuts negligible probability off both ends. */
function trimTails(d) {
    let lo = 0;
    let hi = d.probs.length - 1;
    let dropped = 0;
    while (lo < hi && d.probs[lo] < NEGLIGIBLE)
        dropped += d.probs[lo++];
    while (hi > lo && d.probs[hi] < NEGLIGIBLE)
        dropped += d.probs[hi--];
    return { min: d.min + lo, probs: d.probs.subarray(lo, hi + 1), dropped };
}
function midPTails(d, observed) {
    const at = observed - d.min;
    let below = 0;
    let above = 0;
    for (let s = 0; s < d.probs.length; s++) {
        if (s < at)
            below += d.probs[s];
        else if (s > at)
            above += d.probs[s];
    }
    const equal = at >= 0 && at < d.probs.length ? d.probs[at] : 0;
    return { less: Math.min(1, below + equal / 2), greater: Math.min(1, above + equal / 2) };
}
function monteCarloTails(diffs, draws, seed) {
    const rand = xorshift32(seed);
    const observed = sum(diffs);
    const eps = 1e-9 * diffs.reduce((a, b) => a + Math.abs(b), 0);
    let below = 0;
    let above = 0;
    let equal = 0;
    for (let i = 0; i < draws; i++) {
        let s = 0;
        for (const d of diffs)
            s += rand() < 0.5 ? -d : d;
        const gap = s - observed;
        if (gap <= eps && gap >= -eps)
            equal++;
        else if (s < observed)
            below++;
        else
            above++;
    }
    // +1 smoothing keeps a Monte Carlo p-value from being 0 (Phipson & Smyth 2010).
    const p = (beyond) => Math.min(1, (beyond + equal / 2 + 1) / (draws + 1));
    return { less: p(below), greater: p(above) };
}
/** Seeded percentile bootstrap over tasks: the 95% interval of the mean difference. */
function bootstrapMeanCI(diffs, opts = {}) {
    const n = diffs.length;
    if (n === 0)
        return null;
    const B = opts.resamples ?? 2000;
    const xs = Float64Array.from(diffs);
    const means = new Float64Array(B);
    // xorshift32 inlined (the same sequence as ./random.ts): a call per draw was most of the time at 10,000 tasks.
    let x = (opts.seed ?? DEFAULT_SEED) >>> 0 || 0x9e3779b9;
    for (let b = 0; b < B; b++) {
        let s = 0;
        for (let i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            s += xs[(((x >>> 0) / 4294967296) * n) | 0];
        }
        means[b] = s / n;
    }
    means.sort();
    const alpha = 1 - (opts.level ?? 0.95);
    const at = (q) => means[Math.min(B - 1, Math.max(0, Math.round(q * (B - 1))))];
    return [at(alpha / 2), at(1 - alpha / 2)];
}
/** Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
function normalQuantile(p) {
    const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
    const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
    const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
    const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
    const lo = 0.02425;
    if (p < lo) {
        const q = Math.sqrt(-2 * Math.log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - lo)
        return -normalQuantile(1 - p);
    const q = p - 0.5;
    const r = q * q;
    return (((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1));
}
function pairedSpread(diffs, worstTaskVariance) {
    const n = diffs.length;
    if (n < 2)
        return null;
    let sum = 0;
    for (const d of diffs)
        sum += d;
    const mean = sum / n;
    let squares = 0;
    for (const d of diffs)
        squares += (d - mean) * (d - mean);
    const variance = (squares + worstTaskVariance) / n;
    return { tasks: n, mean, se: Math.sqrt(variance / n), df: n - 1 };
}
/** The largest variance a task's difference of rates over these valid trial counts can have: each rate at ½. */
function worstTaskVariance(trialsBase, trialsHead) {
    let sum = 0;
    for (let i = 0; i < trialsBase.length; i++)
        sum += (1 / trialsBase[i] + 1 / trialsHead[i]) / 4;
    return trialsBase.length ? sum / trialsBase.length : 0.5;
}
/** Student-t interval of the mean difference (docs/design.md §7), cut to the possible range [−1, 1]. */
function meanInterval(s, level = 0.95) {
    if (!s)
        return null;
    const half = studentQuantile(1 - (1 - level) / 2, s.df) * s.se;
    return [Math.max(-1, s.mean - half), Math.min(1, s.mean + half)];
}
/** P(T ≤ t) for Student's t with integer df ≥ 1, by the finite series in θ = atan(t/√df) (exact, no approximation). */
function studentCdf(t, df) {
    const theta = Math.atan(t / Math.sqrt(df));
    const c2 = Math.cos(theta) ** 2;
    let sum = df % 2 ? 0 : 1;
    let term = df % 2 ? Math.cos(theta) : 1;
    if (df % 2 && df > 1)
        sum = term;
    for (let k = df % 2 ? 3 : 2; k <= df - 2; k += 2) {
        term *= ((k - 1) / k) * c2;
        sum += term;
    }
    const within = df % 2 ? (2 / Math.PI) * (theta + (df > 1 ? Math.sin(theta) * sum : 0)) : Math.sin(theta) * sum;
    return 0.5 + within / 2;
}
/** The p-quantile of Student's t with integer df ≥ 1, by bisection on the exact CDF. */
function studentQuantile(p, df) {
    if (p < 0.5)
        return -studentQuantile(1 - p, df);
    let lo = 0;
    let hi = 1;
    while (studentCdf(hi, df) < p)
        hi *= 2;
    for (let i = 0; i < 60 && hi - lo > 1e-10; i++) {
        const mid = (lo + hi) / 2;
        if (studentCdf(mid, df) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/** The fewest tasks whose differences all point down that the exact one-sided mid-p sign-flip test can call significant. */
function fewestSignificant(alpha) {
    let k = 1;
    while (0.5 ** (k + 1) >= alpha)
        k++;
    return k;
}
/**
 * Minimum detectable drops from the spread of the differences. Under a true drop δ the mean
 * difference is about −δ + se·T; the test's threshold is about t_{1−α}·se, and the gate also needs
 * the drop to reach max-drop, so it fires when −Δ ≥ c = max(max-drop, t_{1−α}·se), with probability
 * `power` once δ = c + t_power·se. The exact test cannot reach p < α with fewer than k differing
 * tasks, and a task that differs moves the mean by at least `step`/n (`step`: the smallest difference
 * a task's rates can show, 1/t at t trials a side), so neither figure is below k·step/n.
 */
function detectableDrops(s, opts) {
    if (!s)
        return { gate: null, test: null };
    const k = fewestSignificant(opts.alpha);
    if (s.tasks < k)
        return { gate: null, test: null };
    const threshold = studentQuantile(1 - opts.alpha, s.df) * s.se;
    const margin = studentQuantile(opts.power ?? 0.8, s.df) * s.se;
    const floor = (k * (opts.step ?? 1)) / s.tasks;
    const atMost = (x) => (x > 1 ? null : x);
    return { gate: atMost(Math.max(floor, Math.max(opts.maxDrop, threshold) + margin)), test: atMost(Math.max(floor, threshold + margin)) };
}
/** The standard normal CDF (Abramowitz–Stegun 7.1.26 through erf, |error| < 1.5e-7). */
function normalCdf(z) {
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * x);
    const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
    return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

;// CONCATENATED MODULE: ./src/compare/verdict.ts
/**
 * Rates are means of fractions: a drop of exactly max-drop can come out as 0.029999999999999995.
 * Comparisons with a threshold allow this much rounding, so "exactly at the threshold" counts as at it.
 */
const ROUNDING = 1e-9;
function decide(x, t) {
    const { delta, pDrop, pRise, ci95 } = x;
    if (delta !== null && pDrop !== null && delta < 0 && pDrop < t.alpha && -delta >= t.maxDrop - ROUNDING)
        return 'regression';
    if (x.headInfraErrorRate !== null && x.headInfraErrorRate > t.maxInfraErrorRate + ROUNDING)
        return 'infra';
    if (ci95 === null || ci95[0] < -t.maxDrop - ROUNDING)
        return 'inconclusive';
    if (delta !== null && pRise !== null && delta > 0 && pRise < t.alpha && delta >= t.maxDrop - ROUNDING)
        return 'improvement';
    // OK says a drop of max-drop is ruled out: not by a suite too small to have seen one.
    if (x.resolution === null || x.resolution > t.maxDrop + ROUNDING)
        return 'inconclusive';
    return 'ok';
}
/**
 * Whether the gate fails the job: a regression, infra errors, a cost over --max-cost-increase, or
 * (when asked) an inconclusive verdict. A comparison of no paired task at all (an empty head, disjoint
 * task ids, every base trial an error) is `inconclusive` and fails the gate whatever
 * fail-on-inconclusive says: it measured nothing, so it must not pass silently.
 */
function failsJob(v, failOnInconclusive, facts) {
    const nothingPaired = facts?.pairedTasks === 0;
    const costIncreased = (facts?.costIncreases.length ?? 0) > 0;
    return v === 'regression' || v === 'infra' || costIncreased || (v === 'inconclusive' && (failOnInconclusive || nothingPaired));
}

;// CONCATENATED MODULE: ./src/compare/efficiency.ts


const BUILT_IN = {
    'agent time': (t) => t.agentDurationMs,
    'cpu seconds': (t) => t.cpuSeconds,
    'peak memory': (t) => t.peakMemoryBytes,
};
/** Reported metrics compared at most: a results file (a fork's artifact) may name thousands, each costing a bootstrap and a test. */
const MAX_REPORTED = 20;
/** The built-in three, then the reported metrics most trials carry (at most MAX_REPORTED), by name. */
function metricNames(base, head) {
    const seen = new Map();
    for (const side of [base, head])
        for (const t of side.trials)
            for (const k in t.metrics)
                seen.set(k, (seen.get(k) ?? 0) + 1);
    const reported = [...seen].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_REPORTED);
    return [...Object.keys(BUILT_IN), ...reported.map(([k]) => k).sort()];
}
function efficiency_valueOf(metric) {
    return BUILT_IN[metric] ?? ((t) => t.metrics?.[metric] ?? null);
}
/**
 * One pass over the trials into flat arrays indexed by task: at 30,000 trials a side, a grouping
 * per metric was most of the memory a comparison took.
 */
function taskMeans(r, metrics) {
    const getters = metrics.map(efficiency_valueOf);
    const width = metrics.length;
    const row = new Map();
    for (const t of r.trials)
        if (t.outcome !== 'error' && !row.has(t.task))
            row.set(t.task, row.size);
    const sums = new Float64Array(row.size * width);
    const counts = new Uint32Array(row.size * width);
    const valid = new Uint32Array(row.size);
    for (const t of r.trials) {
        if (t.outcome === 'error')
            continue;
        const task = row.get(t.task);
        valid[task]++;
        for (let m = 0; m < width; m++) {
            const v = getters[m](t);
            if (v === null)
                continue;
            sums[task * width + m] += v;
            counts[task * width + m]++;
        }
    }
    return {
        row,
        means: sums.map((x, i) => (counts[i] ? x / counts[i] : NaN)),
        lacking: counts.map((n, i) => valid[Math.floor(i / width)] - n),
    };
}
/**
 * Over 200 tasks with no single term carrying more than 5% of Σx², a sum of the terms is normal to
 * well within the Monte Carlo error of 20,000 sign flips or 2,000 bootstrap resamples (Lindeberg),
 * and costs one pass over the tasks instead of thousands.
 */
function nearlyNormal(xs) {
    const squares = sumOfSquares(xs);
    return xs.length > 200 && squares > 0 && xs.every((x) => x * x <= 0.05 * squares);
}
/** The one-sided sign-flip p for "head costs more": under H0 each log ratio's sign is a fair coin. */
function pRise(logRatios) {
    return nearlyNormal(logRatios) ? signFlipNormal(logRatios, 'greater') : (signFlipTest(logRatios, { alternative: 'greater' })?.pValue ?? null);
}
/** The 95% interval of the mean log ratio: bootstrap over tasks, or mean ± z·s/√n where that is as good. */
function meanLogCI(logRatios, meanLog) {
    if (logRatios.every((x) => x === logRatios[0]))
        return [meanLog, meanLog];
    const centred = logRatios.map((x) => x - meanLog);
    if (!nearlyNormal(centred))
        return bootstrapMeanCI(logRatios);
    const n = logRatios.length;
    const halfWidth = normalQuantile(0.975) * Math.sqrt(sumOfSquares(centred) / (n - 1) / n);
    return [meanLog - halfWidth, meanLog + halfWidth];
}
/** One metric's log ratios over the tasks both sides ran in full, and the trials missing it. */
function pairedLogRatios(b, h, width, m) {
    const logRatios = [];
    const missing = { base: 0, head: 0 };
    let tasksLeftOut = 0;
    let measured = false;
    for (const [task, hi] of h.row) {
        const bi = b.row.get(task);
        if (bi === undefined)
            continue;
        const [bv, hv] = [b.means[bi * width + m], h.means[hi * width + m]];
        const [bl, hl] = [b.lacking[bi * width + m], h.lacking[hi * width + m]];
        measured ||= !Number.isNaN(bv) || !Number.isNaN(hv);
        missing.base += bl;
        missing.head += hl;
        if (bl || hl)
            tasksLeftOut++;
        else if (bv > 0 && hv > 0)
            logRatios.push(Math.log(hv) - Math.log(bv));
    }
    // A metric no trial of either side has (peak memory where the engine cannot read it) is unmeasured, not lost.
    return measured ? { logRatios, missing, tasksLeftOut } : { logRatios, missing: { base: 0, head: 0 }, tasksLeftOut: 0 };
}
function compareEfficiency(base, head) {
    const metrics = metricNames(base, head);
    const b = taskMeans(base, metrics);
    const h = taskMeans(head, metrics);
    return metrics.map((metric, m) => {
        const { logRatios, missing, tasksLeftOut } = pairedLogRatios(b, h, metrics.length, m);
        if (logRatios.length === 0)
            return { metric, tasks: 0, ratio: null, ci95: null, pIncrease: null, missing, tasksLeftOut };
        const meanLog = mean(logRatios);
        const ci = meanLogCI(logRatios, meanLog);
        return {
            metric,
            tasks: logRatios.length,
            ratio: Math.exp(meanLog),
            ci95: ci ? [Math.exp(ci[0]), Math.exp(ci[1])] : null,
            pIncrease: pRise(logRatios),
            missing,
            tasksLeftOut,
        };
    });
}
/**
 * The metrics whose increase fails the gate: like a regression, the rise must be both as large as
 * the limit and significant at α. A limit on a metric that no task has is not a failure.
 */
function costIncreases(rows, limits, alpha) {
    return rows.filter((r) => {
        const limit = limits.byMetric[r.metric] ?? limits.all;
        return limit !== undefined && r.ratio !== null && r.pIncrease !== null && r.ratio - 1 >= limit - 1e-9 && r.pIncrease < alpha;
    });
}

;// CONCATENATED MODULE: ./src/compare/compare.ts
/** Base vs head: pairing by task, the paired tests, the interval, the MDE and the verdict (docs/design.md §7). Pure. */









const VERDICT_SCHEMA = 'bakeoff.verdict/v1';
function countTask(trials) {
    const c = { pass: 0, fail: 0, limit: 0, error: 0 };
    const reasons = {};
    for (const t of trials) {
        c[t.outcome]++;
        if (t.outcome !== 'pass')
            reasons[t.reason ?? t.outcome] = (reasons[t.reason ?? t.outcome] ?? 0) + 1;
    }
    const valid = trials.length - c.error;
    return { trials: trials.length, ...c, rate: valid > 0 ? c.pass / valid : null, reasons };
}
/** Per task, its counts over the trials the file has of it. */
function byTask(results) {
    return new Map([...group_groupBy(results.trials, (t) => t.task)].map(([k, v]) => [k, countTask(v)]));
}
/** A paired test on a per-task fraction (errors or limits over trials) over tasks run on both sides. */
function pairedRate(rows, pick, base, head, key) {
    const both = rows.filter((r) => r.base && r.head && r.base.trials > 0 && r.head.trials > 0);
    const diffs = both.map((r) => pick(r.head) / r.head.trials - pick(r.base) / r.base.trials);
    const denominators = both.flatMap((r) => [r.base.trials, r.head.trials]);
    const test = signFlipTest(diffs, { alternative: 'greater', denominators });
    const b = base.summary[key];
    const h = head.summary[key];
    return { base: b, head: h, delta: b === null || h === null ? null : h - b, pValue: test?.pValue ?? null, alternative: 'greater' };
}
/** The smallest nonzero difference of two rates over these valid trial counts: 1/lcm(t_base, t_head) at the finest task. */
function smallestStep(trialsBase, trialsHead) {
    let step = 1;
    for (let i = 0; i < trialsBase.length; i++)
        step = Math.min(step, gcd(trialsBase[i], trialsHead[i]) / (trialsBase[i] * trialsHead[i]));
    return step;
}
/** Below this one-sided p, a drop that is not significant is still reported as leaning worse. */
const LEANING_P = 0.2;
function compare_compareRuns(givenBase, givenHead, thresholds = DEFAULT_THRESHOLDS) {
    // Everything from the trials: a file's own summary is never believed.
    const base = { ...givenBase, summary: summary_summarize(givenBase.trials) };
    const head = { ...givenHead, summary: summary_summarize(givenHead.trials) };
    const b = byTask(base);
    const h = byTask(head);
    const ids = [...new Set([...b.keys(), ...h.keys()])].sort();
    const rows = ids.map((task) => {
        const bc = b.get(task) ?? null;
        const hc = h.get(task) ?? null;
        if (!bc)
            return { task, base: null, head: hc, delta: null, status: 'added' };
        if (!hc)
            return { task, base: bc, head: null, delta: null, status: 'removed' };
        if (bc.rate === null || hc.rate === null)
            return { task, base: bc, head: hc, delta: null, status: 'excluded' };
        return { task, base: bc, head: hc, delta: hc.rate - bc.rate, status: 'paired' };
    });
    const paired = rows.filter((r) => r.status === 'paired');
    const diffs = paired.map((r) => r.delta);
    const denominators = paired.flatMap((r) => [r.base.trials - r.base.error, r.head.trials - r.head.error]);
    const tails = signFlipBothWays(diffs, { denominators });
    const validPerTask = (side) => paired.map((r) => r[side].trials - r[side].error);
    const spread = pairedSpread(diffs, worstTaskVariance(validPerTask('base'), validPerTask('head')));
    const ci95 = meanInterval(spread);
    const baseRate = mean(paired.map((r) => r.base.rate));
    const headRate = mean(paired.map((r) => r.head.rate));
    const delta = mean(diffs);
    const sum = (f) => paired.reduce((n, r) => n + f(r), 0);
    const validBase = sum((r) => r.base.trials - r.base.error);
    const validHead = sum((r) => r.head.trials - r.head.error);
    const passBase = sum((r) => r.base.pass);
    const passHead = sum((r) => r.head.pass);
    const drops = detectableDrops(spread, { ...thresholds, step: smallestStep(validPerTask('base'), validPerTask('head')) });
    const infraErrorRate = pairedRate(rows, (c) => c.error, base, head, 'infraErrorRate');
    const limitRate = pairedRate(rows, (c) => c.limit, base, head, 'limitRate');
    const verdict = decide({
        delta,
        pDrop: tails?.less ?? null,
        pRise: tails?.greater ?? null,
        ci95,
        resolution: drops.test,
        headInfraErrorRate: head.summary.infraErrorRate,
    }, thresholds);
    const pDiff = profileDiff(base, head);
    const eDiff = environmentDiff(base, head);
    const efficiency = compareEfficiency(base, head);
    const alternative = delta !== null && delta > 0 ? 'greater' : 'less';
    return {
        schema: VERDICT_SCHEMA,
        verdict,
        suite: head.suite.name,
        profile: { base: base.profile.name, head: head.profile.name },
        successRate: {
            base: baseRate,
            head: headRate,
            delta,
            ci95,
            pValue: tails?.[alternative] ?? null,
            alternative,
            method: tails?.method ?? null,
            baseCI95: wilson(passBase, validBase),
            headCI95: wilson(passHead, validHead),
        },
        infraErrorRate,
        limitRate,
        mde: drops.gate,
        resolution: drops.test,
        pairedTasks: paired.length,
        excludedTasks: rows.filter((r) => r.status === 'excluded').length,
        addedTasks: rows.filter((r) => r.status === 'added').map((r) => r.task),
        removedTasks: rows.filter((r) => r.status === 'removed').map((r) => r.task),
        thresholds,
        profileChanged: base.profile.sha256 !== head.profile.sha256 || pDiff.length > 0,
        profileDiff: pDiff,
        tasksDiff: tasksDiff(base, head),
        agentDiff: agentDiff(base, head),
        environmentChanged: eDiff.length > 0,
        environmentDiff: eDiff,
        tasks: rows,
        reading: verdict !== 'inconclusive' ? null : delta !== null && delta < 0 && (tails?.less ?? 1) < LEANING_P ? 'leaning-worse' : 'no-change',
        efficiency,
        costIncreases: thresholds.maxCostIncrease ? costIncreases(efficiency, thresholds.maxCostIncrease, thresholds.alpha).map((r) => r.metric) : [],
    };
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
;// CONCATENATED MODULE: ./src/results/io.ts
/** Reading and writing results files: atomic writes, and reads that name the file and the problem. */






let checkInPlace;
/**
 * True when `json` is a valid results file with no unknown keys, checked in place by Ajv against the
 * JSON Schema zod generates from the same definition. zod's parse copies every object it checks: at
 * 30,000 trials a side that was 170 MB allocated and most of a comparison's peak memory. Anything
 * else (an invalid file, or one with keys this version does not know, which zod drops) goes to zod.
 */
function validInPlace(json) {
    checkInPlace ??= new _2020.Ajv2020({ strict: false, allErrors: false }).compile(resultsJsonSchema());
    return checkInPlace(json);
}
function io_writeJsonAtomic(file, value) {
    io_writeFileAtomic(file, JSON.stringify(value, null, 2) + '\n');
}
/** Written whole or not at all: a run killed midway leaves the old file, never half of a new one. */
function io_writeFileAtomic(file, text) {
    const tmp = `${file}.tmp-${process.pid}`;
    (0,external_node_fs_.writeFileSync)(tmp, text);
    (0,external_node_fs_.renameSync)(tmp, file);
}
const UNTRUSTED_LIMITS = { maxBytes: 32 * 2 ** 20, maxTasks: 20_000, maxTrials: 200_000 };
function io_readResults(file, limits) {
    let text;
    try {
        const size = (0,external_node_fs_.statSync)(file).size;
        if (limits && size > limits.maxBytes) {
            throw new errors_ConfigError(file, [
                {
                    path: '',
                    message: `is ${size} bytes, over the ${limits.maxBytes} bakeoff reads from an untrusted artifact`,
                    fix: 'a results file of this size did not come from bakeoff run',
                },
            ]);
        }
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        if (err instanceof errors_ConfigError)
            throw err;
        const code = err.code;
        throw new errors_ConfigError(file, [
            { path: '', message: code === 'ENOENT' ? 'file not found' : `cannot be read (${code})`, fix: 'pass a results file written by bakeoff run' },
        ]);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        throw new errors_ConfigError(file, [{ path: '', message: `is not JSON (${err.message})`, fix: 'pass a results file written by bakeoff run' }]);
    }
    const schema = json?.schema;
    if (schema !== RESULTS_SCHEMA) {
        throw new errors_ConfigError(file, [
            { path: 'schema', message: `is ${JSON.stringify(schema)}, not "${RESULTS_SCHEMA}"`, fix: 'pass a results file written by bakeoff run' },
        ]);
    }
    const parsed = validInPlace(json) ? { success: true, data: json } : resultsSchema.safeParse(json);
    if (!parsed.success) {
        throw new errors_ConfigError(file, parsed.error.issues.slice(0, 5).map((i) => ({
            path: keyPath(i.path),
            message: i.message,
            fix: 'the file does not match bakeoff.results/v1; regenerate it with bakeoff run',
        })));
    }
    const r = parsed.data;
    refuseInconsistent(file, r);
    if (limits && (r.suite.tasks.length > limits.maxTasks || r.trials.length > limits.maxTrials)) {
        throw new errors_ConfigError(file, [
            {
                path: 'trials',
                message: `holds ${r.suite.tasks.length} tasks and ${r.trials.length} trials, ` +
                    `over the ${limits.maxTasks} and ${limits.maxTrials} read from an untrusted artifact`,
            },
        ]);
    }
    return r;
}
/**
 * A results file is its trials: a `(task, trial)` recorded twice would be counted twice, and a
 * summary that disagrees with the trials (hiding errors, inventing them) was not written by
 * bakeoff. Both are refused, naming what is wrong.
 */
function refuseInconsistent(file, r) {
    const seen = new Set();
    const doubled = new Set();
    for (const t of r.trials) {
        const key = group_trialKey(t.task, t.trial);
        if (seen.has(key))
            doubled.add(key);
        seen.add(key);
    }
    if (doubled.size) {
        const shown = [...doubled].slice(0, 10).join(', ');
        throw new errors_ConfigError(file, [
            {
                path: 'trials',
                message: `records ${doubled.size} trial(s) more than once: ${shown}${doubled.size > 10 ? ', …' : ''}`,
                fix: 'each (task, trial) is recorded once; regenerate the file with bakeoff run (or bakeoff merge for shards)',
            },
        ]);
    }
    refuseUndeclared(file, r);
    const actual = summary_summarize(r.trials);
    const keys = ['tasks', 'trials', 'pass', 'fail', 'limit', 'error'];
    const differ = keys.filter((k) => actual[k] !== r.summary[k]);
    if (differ.length) {
        throw new errors_ConfigError(file, [
            {
                path: 'summary',
                message: `disagrees with the trials (${differ.map((k) => `${k}: summary ${r.summary[k]}, trials ${actual[k]}`).join('; ')})`,
                fix: 'the summary is computed from the trials; regenerate the file with bakeoff run',
            },
        ]);
    }
}
/**
 * `bakeoff run` writes a file only when every trial it planned has a result (an interrupted run
 * writes none; `--resume` finishes it), and `merge` joins shards only when complete, so a file
 * holds trials 0…n−1 of each task `suite.tasks` declares with n trials, and no others. A trial
 * missing against that (a failed trial deleted, say) would change the verdict unseen: refused.
 */
function refuseUndeclared(file, r) {
    const declared = new Map(r.suite.tasks.map((t) => [t.id, t.trials]));
    const present = new Map();
    const stray = [];
    for (const t of r.trials) {
        const n = declared.get(t.task);
        if (n === undefined || t.trial >= n)
            stray.push(group_trialKey(t.task, t.trial));
        else
            present.set(t.task, (present.get(t.task) ?? 0) + 1);
    }
    const short = r.suite.tasks.flatMap((t) => {
        const missing = t.trials - (present.get(t.id) ?? 0);
        return missing > 0 ? [{ id: t.id, missing, of: t.trials }] : [];
    });
    const issues = [];
    if (short.length) {
        const total = short.reduce((a, t) => a + t.missing, 0);
        const named = short.slice(0, 5).map((t) => `${t.id}: ${t.missing} of ${t.of}`);
        issues.push({
            path: 'trials',
            message: `lacks ${total} trial(s) that suite.tasks declares (${named.join(', ')}${short.length > 5 ? ', …' : ''}); ` +
                'a missing trial would change the verdict unseen',
            fix: 'pass the complete file bakeoff run wrote: finish an interrupted run with --resume, join shards with bakeoff merge',
        });
    }
    if (stray.length) {
        issues.push({
            path: 'trials',
            message: `holds ${stray.length} trial(s) that suite.tasks does not declare: ${stray.slice(0, 5).join(', ')}${stray.length > 5 ? ', …' : ''}`,
            fix: 'each trial belongs to a task in suite.tasks, numbered from 0 below its trials; regenerate the file with bakeoff run',
        });
    }
    if (issues.length)
        throw new errors_ConfigError(file, issues);
}

;// CONCATENATED MODULE: ./src/results/declared.ts
/** Harbor tasks that ask for more than the profile gives: the profile is what applied; this says where it bites. Pure. */


/** One line per task and resource, e.g. "big-mem asks 4 GiB memory, production gives 2 GiB". */
function declaredOverCaps(results) {
    const caps = results.profile.resolved;
    const gives = results.profile.name;
    const lines = [];
    for (const t of results.suite.tasks) {
        const d = t.declared;
        if (!d)
            continue;
        // A task's network keys may narrow the profile's network, never widen it: what it asks beyond is not given.
        for (const o of d.network ? narrowNetwork(profileNetwork(caps), d.network).over : [])
            lines.push(`${t.id} asks ${o.asks} for the ${o.phase === 'verify' ? 'verifier' : 'agent'}, ${gives} gives ${o.gives}`);
        if (caps.basis === 'task')
            continue; // each task got the resources it declares
        if (d.memoryBytes !== undefined && caps.memoryBytes !== null && d.memoryBytes > caps.memoryBytes) {
            lines.push(`${t.id} asks ${formatBytes(d.memoryBytes)} memory, ${gives} gives ${formatBytes(caps.memoryBytes)}`);
        }
        if (d.cpus !== undefined && caps.cpus !== null && d.cpus > caps.cpus)
            lines.push(`${t.id} asks ${d.cpus} CPUs, ${gives} gives ${caps.cpus}`);
        const disk = caps.diskBytes ?? null;
        if (d.storageBytes !== undefined && disk !== null && d.storageBytes > disk) {
            lines.push(`${t.id} asks ${formatBytes(d.storageBytes)} storage, ${gives} gives ${formatBytes(disk)}`);
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/chart.ts
const OUTCOMES = ['pass', 'fail', 'limit', 'error'];
function outcomeShares(r) {
    const n = r.summary.trials || 1;
    return OUTCOMES.map((o) => Number(((r.summary[o] / n) * 100).toFixed(1)));
}
function mermaidOutcomeChart(base, head) {
    const b = outcomeShares(base);
    const h = outcomeShares(head);
    const labels = OUTCOMES.flatMap((o) => [`"${o} base"`, `"${o} head"`]);
    const values = OUTCOMES.flatMap((_, i) => [b[i], h[i]]);
    return mermaidXyChart({ title: 'Outcome mix, % of trials (base vs head)', x: labels, yLabel: '% of trials', bar: values });
}
/** A Mermaid xychart-beta block with a 0–100 y axis; labels are quoted by the caller. */
function mermaidXyChart(c) {
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${c.title}"`,
        `  x-axis [${c.x.join(', ')}]`,
        `  y-axis "${c.yLabel}" 0 --> 100`,
        `  bar [${c.bar.join(', ')}]`,
        ...(c.line ? [`  line [${c.line.join(', ')}]`] : []),
        '```',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/compare/egress.ts
/** Every destination a run's trials tried in `phase` (a record without one is the agent's), summed; optionally one task's only. */
function egressUse(r, task, phase = 'agent') {
    const byDest = new Map();
    for (const t of r.trials) {
        if (task !== undefined && t.task !== task)
            continue;
        for (const e of t.egress ?? []) {
            if ((e.phase ?? 'agent') !== phase)
                continue;
            const key = `${e.destination} ${e.allowed}`;
            const u = byDest.get(key) ?? { destination: e.destination, allowed: e.allowed, connections: 0, connectFailures: 0 };
            u.connections += e.connections;
            u.connectFailures += e.connectFailures;
            if (!u.refusal && e.reason)
                u.refusal = { reason: e.reason, ...(e.rule ? { rule: e.rule } : {}), ...(e.address ? { address: e.address } : {}) };
            byDest.set(key, u);
        }
    }
    return [...byDest.values()].sort((a, b) => b.connections - a.connections || (a.destination < b.destination ? -1 : 1));
}
function diffEgress(base, head) {
    const deniedOnBase = new Set(egressUse(base).flatMap((u) => (u.allowed ? [] : [u.destination])));
    const newlyDenied = egressUse(head).filter((u) => !u.allowed && !deniedOnBase.has(u.destination));
    const tasks = [...new Set([...head.trials, ...base.trials].map((t) => t.task))].sort();
    const changes = [];
    for (const task of tasks) {
        const count = (r) => new Map(egressUse(r, task).map((u) => [`${u.destination} ${u.allowed}`, u]));
        const b = count(base);
        const h = count(head);
        for (const key of new Set([...b.keys(), ...h.keys()])) {
            const u = (h.get(key) ?? b.get(key));
            const change = { task, destination: u.destination, allowed: u.allowed, base: b.get(key)?.connections ?? 0, head: h.get(key)?.connections ?? 0 };
            if (change.base !== change.head)
                changes.push(change);
        }
    }
    changes.sort((x, y) => Math.abs(y.head - y.base) - Math.abs(x.head - x.base));
    return { newlyDenied, changes };
}

;// CONCATENATED MODULE: ./src/compare/harbor-score.ts
/**
 * What one trial scores in Harbor's terms: its reward where it has one (a Harbor verifier's, also
 * after a timeout); without one a pass is 1, a fail or a limit 0; an error is 0 (Harbor has no
 * retry that leaves a trial out, and grades nothing it could not run).
 */
function harborReward(t) {
    if (t.outcome === 'error')
        return 0;
    if (typeof t.reward === 'number')
        return t.reward;
    return t.outcome === 'pass' ? 1 : 0;
}
/** Whether a run has Harbor tasks: a trial carries a reward (graded or null), or a task records what it declares. */
function hasHarborTasks(results) {
    return results.trials.some((t) => t.reward !== undefined) || results.suite.tasks.some((t) => t.declared !== undefined);
}
/** The run's Harbor-equivalent score; null when it has no Harbor task (bakeoff's own rates say it all). */
function harborScore(results) {
    if (!hasHarborTasks(results))
        return null;
    const trials = results.trials;
    const sum = trials.reduce((s, t) => s + harborReward(t), 0);
    return {
        score: trials.length > 0 && Number.isFinite(sum) ? sum / trials.length : null,
        trials: trials.length,
        errors: trials.filter((t) => t.outcome === 'error').length,
        gradedTimeouts: trials.filter((t) => t.outcome === 'limit' && t.reason === 'timeout' && typeof t.reward === 'number').length,
    };
}

;// CONCATENATED MODULE: ./src/results/median.ts
/** The median of a per-trial measure, skipping trials that have none. */
function medianOf(items, pick) {
    return median(items.map(pick).filter((x) => x !== null));
}
function median(xs) {
    if (xs.length === 0)
        return null;
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

;// CONCATENATED MODULE: ./src/report/format.ts
/** Number formatting shared by the Markdown and terminal reports. Pure. */

const pct = (x, digits = 1) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(digits)}%`);
/** Percentage points with an explicit sign and a real minus. */
function pts(x, digits = 1) {
    if (x === null || x === undefined)
        return '—';
    const v = (x * 100).toFixed(digits);
    if (Number(v) === 0)
        return `±${(0).toFixed(digits)} pts`;
    return `${x > 0 ? '+' : '−'}${v.replace('-', '')} pts`;
}
/** Percentage points without the plus sign: a size ("a drop of 3.0 pts"). */
function unsignedPts(x, digits = 1) {
    return pts(x, digits).replace('+', '');
}
function formatP(p) {
    if (p === null || p === undefined)
        return '—';
    if (p < 0.001)
        return '< 0.001';
    return p.toFixed(3);
}
/** "p = 0.125" or "p < 0.001". */
function pText(p) {
    const v = formatP(p);
    return v.startsWith('<') ? `p ${v}` : `p = ${v}`;
}
function interval(ci, fmt = (x) => pct(x)) {
    return ci ? `${fmt(ci[0])} to ${fmt(ci[1])}` : '—';
}
/** A measure that may be missing: formatted, or a dash. */
function orDash(x, format) {
    return x === null ? '—' : format(x);
}
/** A task's counts on one side: passes of valid trials, then limits and errors when there are any. */
function taskCountsText(c) {
    return `${c.pass}/${c.trials - c.error} pass${c.limit ? `, ${c.limit} limit` : ''}${c.error ? `, ${c.error} error` : ''}`;
}
/** Tasks × trials per task ("12 × 3"), or both counts when tasks ran unequal numbers of trials. */
function shape({ tasks, trials }) {
    const per = tasks ? trials / tasks : 0;
    return Number.isInteger(per) ? `${tasks} × ${per}` : `${plural(tasks, 'task')}, ${plural(trials, 'trial')}`;
}
function formatValue(key, v) {
    if (v === null || v === undefined)
        return 'none';
    if (Array.isArray(v))
        return v.length ? v.map(String).join(', ') : 'none';
    if (typeof v === 'number' && /Bytes$|tmpfs\./.test(key))
        return formatBytes(v);
    if (typeof v === 'number' && /Ms$/.test(key))
        return formatDuration(v);
    return String(v);
}
const VERDICT_TITLE = {
    regression: '🔴 Regression',
    infra: '🟠 Infra errors over the limit',
    inconclusive: '⚪ No significant change',
    improvement: '🟢 Improvement',
    ok: '✅ No regression',
};
/** The verdict's title, with the reading of an inconclusive one. */
function verdictTitle(v) {
    return v.verdict === 'inconclusive' && v.reading === 'leaning-worse' ? '🟡 Inconclusive — leaning worse' : VERDICT_TITLE[v.verdict];
}

;// CONCATENATED MODULE: ./src/report/harbor-score.ts


const HARBOR_SCORE_LABEL = 'Harbor-equivalent score';
/** What the score is, for a report's footnote. */
const HARBOR_SCORE_NOTE = 'Harbor-equivalent score: the mean reward over all trials, errors counted as 0 and timed-out trials graded — ' +
    "the number Terminal-Bench 2.0's leaderboard publishes; bakeoff's success rate leaves errors out and fails every limit.";
/** How the score was made: "over 45 trials; 2 errors counted as 0, 3 timed-out trials graded". */
function harborScoreBasis(s) {
    const parts = [
        ...(s.errors ? [`${plural(s.errors, 'error')} counted as 0`] : []),
        ...(s.gradedTimeouts ? [`${plural(s.gradedTimeouts, 'timed-out trial')} graded`] : []),
    ];
    return `mean reward over ${plural(s.trials, 'trial')}${parts.length ? `; ${parts.join(', ')}` : ''}`;
}
/** How far bakeoff's success rate is from the score: the points bakeoff's classification moves. */
function moved(successRate, score) {
    const d = successRate - score;
    const size = unsignedPts(Math.abs(d));
    return size === unsignedPts(0) ? 'the same' : `${size} ${d > 0 ? 'above' : 'below'} it`;
}
/** The run summary's line: the score, how it was made, and how far bakeoff's success rate is from it. */
function harborScoreLine(s, successRate) {
    const from = s.score === null || successRate === null
        ? ''
        : ` · bakeoff's success rate (errors left out, limits failed) ${pct(successRate)} is ${moved(successRate, s.score)}`;
    return `${HARBOR_SCORE_LABEL} ${pct(s.score)} (${harborScoreBasis(s)})${from}`;
}

;// CONCATENATED MODULE: ./src/report/comparison.ts





function comparison_comparisonView(verdict, base, head) {
    const rows = orderRows(verdict.tasks);
    const egressed = [...base.trials, ...head.trials].some((t) => t.egress);
    return {
        verdict,
        base,
        head,
        sides: { base: sideFacts(base), head: sideFacts(head) },
        rows,
        changed: rows.filter((r) => r.status !== 'paired' || r.delta !== 0),
        egress: egressed ? diffEgress(base, head) : null,
        reading: readingSentence(verdict),
        mde: mdeSentence(verdict),
        notes: comparisonNotes(verdict),
        harbor: harborSides(base, head),
    };
}
function harborSides(base, head) {
    const sides = { base: harborScore(base), head: harborScore(head) };
    return sides.base || sides.head ? sides : null;
}
/** The summary table's row of the Harbor-equivalent score: label, base, head, Δ (head − base); none without Harbor tasks. */
function harborScoreRow(view) {
    if (!view.harbor)
        return null;
    const { base, head } = view.harbor;
    const delta = base?.score == null || head?.score == null ? null : head.score - base.score;
    return [HARBOR_SCORE_LABEL, pct(base?.score), pct(head?.score), pts(delta)];
}
function sideFacts(r) {
    return {
        tasks: r.summary.tasks,
        trials: r.summary.trials,
        medianPeakMemoryBytes: medianOf(r.trials, (t) => t.peakMemoryBytes),
        medianAgentMs: medianOf(r.trials, (t) => t.agentDurationMs),
    };
}
const NATURAL = new Intl.Collator('en', { numeric: true });
/** Flipped tasks first (worst first), then added/removed/excluded, then unchanged; ties in natural order (t3 before t12). */
function orderRows(rows) {
    const rank = (r) => (r.status === 'paired' && r.delta !== 0 ? 0 : r.status !== 'paired' ? 1 : 2);
    return [...rows].sort((a, b) => rank(a) - rank(b) || (a.delta ?? 0) - (b.delta ?? 0) || NATURAL.compare(a.task, b.task));
}
function comparisonNotes(v) {
    return v.pairedTasks === 0 ? ['No task has a valid trial on both sides: nothing could be compared, and the gate fails.'] : [];
}
/** What an inconclusive verdict means, in words: the drop this run rules out, or that the data lean worse. */
function readingSentence(v) {
    const lo = v.successRate.ci95?.[0];
    if (v.verdict !== 'inconclusive' || lo === undefined || lo === null)
        return '';
    const ruledOut = `the 95% interval rules out drops larger than ${unsignedPts(-lo)}`;
    const tolerated = unsignedPts(v.thresholds.maxDrop);
    if (lo >= -v.thresholds.maxDrop) {
        const needs = v.resolution === null ? 'more tasks' : unsignedPts(v.resolution);
        return (`The 95% interval rules out drops larger than ${unsignedPts(-lo)}, ` +
            `but with this few tasks the paired test could not reliably see a drop of ${tolerated} (it needs ${needs}): not OK yet.`);
    }
    return v.reading === 'leaning-worse'
        ? `The data lean towards a drop that is not significant (${pText(v.successRate.pValue)}); ${ruledOut}, more than the ${tolerated} the gate tolerates.`
        : `No significant change; ${ruledOut} — not yet the ${tolerated} the gate tolerates (more tasks or trials narrow it).`;
}
function mdeSentence(v) {
    const tasks = `${v.pairedTasks} paired task${v.pairedTasks === 1 ? '' : 's'}`;
    const rule = `a drop of ${unsignedPts(v.thresholds.maxDrop)} or more with p < ${v.thresholds.alpha}`;
    const base = v.mde === null
        ? `With ${tasks}, this suite can detect no drop in success rate, not even 100 pts: the gate fails on ${rule}, which needs more tasks.`
        : `With ${tasks}, this suite can detect a drop of ${unsignedPts(v.mde)} or more in success rate: ` +
            `the gate, which fails on ${rule}, catches a drop that large 80% of the time.`;
    const excluded = v.excludedTasks ? ` ${v.excludedTasks} task(s) with no valid trial on a side were left out.` : '';
    return base + excluded;
}
/** The verdict file (bakeoff.verdict/v1, `bakeoff compare --json`): the verdict with its notes in words. */
function verdictFile(v) {
    const { reading, efficiency, costIncreases, ...rest } = v;
    return { ...rest, notes: comparisonNotes(v), reading, efficiency, costIncreases };
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Text from a suite or a results file (task ids, suite names, log lines) can hold Markdown, HTML,
 * `-->`, @mentions or terminal escapes. Everything such goes through here before it is rendered.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '~': '&#126;',
    '#': '&#35;',
    '!': '&#33;',
    ':': '&#58;',
};
// C0/C1 controls, including ESC of ANSI sequences; the rest of a CSI sequence is stripped with it.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
/** Terminal escapes and control characters out; newlines and tabs stay (a log block keeps its lines). */
function stripControl(text) {
    return text.replace(ANSI, '');
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** Safe inside Markdown text and table cells: no markup, no HTML, no mention, one line. */
function escapeMarkdown(text, max = 200) {
    const clean = truncate(stripControl(text).replace(/\s+/g, ' ').trim(), max);
    // A zero-width space after @ keeps GitHub from turning @name into a mention.
    return clean.replace(/[&<>"|`*_[\]\\~#!:]/g, (c) => ENTITIES[c]).replace(/@/g, '@\u200b');
}
/** For the hidden marker comment: only characters that cannot end or break an HTML comment. */
function markerPart(text) {
    return text.replace(/[^A-Za-z0-9._-]/g, '_');
}
/** For a plain terminal: no escape sequences, one line. */
function escapeTerminal(text, max = 120) {
    return truncate(stripControl(text).replace(/\s+/g, ' ').trim(), max);
}
/** Safe inside SVG text and attribute values. */
function escapeXml(text) {
    return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

;// CONCATENATED MODULE: ./src/report/markdown.ts









const MAX_REPORT_CHARS = 65_536;
function contextLines(ctx) {
    return [
        ...(ctx.advisory ? [`> [!CAUTION]\n> ${escapeMarkdown(ctx.advisory, 600)}`, ''] : []),
        ...(ctx.baselineNote ? [escapeMarkdown(ctx.baselineNote, 300), ''] : []),
    ];
}
function marker(suite, profile) {
    return `<!-- bakeoff:${markerPart(suite)}:${markerPart(profile)} -->`;
}
function verdictLine(v) {
    const s = v.successRate;
    const p = s.pValue === null ? '' : `, ${pText(s.pValue)}`;
    return `### ${verdictTitle(v)} — success ${pct(s.base)} → ${pct(s.head)} (${pts(s.delta)}${p})`;
}
function summaryTable(view) {
    const { verdict: v, sides } = view;
    const harbor = harborScoreRow(view);
    const s = v.successRate;
    const rows = [
        [
            'success rate (95% CI)',
            `${pct(s.base)} (${interval(s.baseCI95)})`,
            `${pct(s.head)} (${interval(s.headCI95)})`,
            `**${pts(s.delta)}** (${interval(s.ci95, (x) => pts(x))}), ${pText(s.pValue)}`,
        ],
        ['infra-error rate', pct(v.infraErrorRate.base), pct(v.infraErrorRate.head), `${pts(v.infraErrorRate.delta)}, ${pText(v.infraErrorRate.pValue)}`],
        ['limit rate', pct(v.limitRate.base), pct(v.limitRate.head), `${pts(v.limitRate.delta)}, ${pText(v.limitRate.pValue)}`],
        ...(harbor ? [harbor] : []),
        ...sideRows(sides).map((r) => [...r, '']),
    ];
    const table = ['| | base | head | Δ |', '|---|---:|---:|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    return harbor ? `${table}\n\n<sub>${HARBOR_SCORE_NOTE}</sub>` : table;
}
/** The rows of the summary table that describe each side's run: its shape and medians. */
function sideRows(sides) {
    const both = (f) => [f(sides.base), f(sides.head)];
    return [
        ['tasks × trials', ...both(shape)],
        ['median peak memory', ...both((s) => orDash(s.medianPeakMemoryBytes, formatBytes))],
        ['median agent time', ...both((s) => orDash(s.medianAgentMs, formatDuration))],
    ];
}
const EFFICIENCY_NOTE = "<sub>Per task the mean over valid trials (errors left out; a failed trial's cost counts), head ÷ base; across tasks the geometric mean, " +
    'a bootstrap interval and a one-sided paired sign-flip p for "head costs more".</sub>';
const METRIC_LABEL = { 'agent time': 'agent time', 'cpu seconds': 'CPU seconds', 'peak memory': 'peak memory' };
/** What the change costs, head ÷ base paired by task; '' when no metric has a paired task. */
function efficiencyTable(v, escape = (s) => escapeMarkdown(s, 64)) {
    const rows = v.efficiency.filter((r) => r.ratio !== null || r.tasksLeftOut > 0);
    if (!rows.length)
        return '';
    const lines = rows.slice(0, 20).map((r) => {
        const failing = v.costIncreases.includes(r.metric);
        const ratio = r.ratio === null ? '—' : `${failing ? '**' : ''}${ratioText(r.ratio)}${failing ? '** — over the limit' : ''}`;
        const ci = r.ci95 ? ` (${ratioText(r.ci95[0])} to ${ratioText(r.ci95[1])})` : '';
        return `| ${escape(METRIC_LABEL[r.metric] ?? r.metric)} | ${r.tasks}${missingText(r)} | ${ratio}${ci} | ${pText(r.pIncrease)} |`;
    });
    return ['| cost, head ÷ base | tasks | ratio (95% CI) | costlier? |', '|---|---:|---|---|', ...lines].join('\n');
}
/** Tasks a metric's ratio leaves out because trials lack it (an agent killed before it wrote its metrics): never silent. */
function missingText(r) {
    if (!r.tasksLeftOut)
        return '';
    return ` (${r.tasksLeftOut} left out: trials without it ${r.missing.base} base, ${r.missing.head} head)`;
}
function ratioText(x) {
    return `${x.toFixed(2)}×`;
}
function countsCell(c) {
    if (!c)
        return '—';
    const parts = ['pass', 'fail', 'limit', 'error'].filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`);
    const reasons = Object.entries(c.reasons ?? {}).map(([reason, n]) => `${n > 1 ? `${n}× ` : ''}${reason}`);
    return `${parts.join(' · ') || '0 trials'}${reasons.length ? ` (${escapeMarkdown(reasons.join(', '), 120)})` : ''}`;
}
function rowKind(r) {
    if (r.status === 'added')
        return '🆕 added';
    if (r.status === 'removed')
        return '➖ removed';
    if (r.status === 'excluded')
        return '⚠️ no valid trial';
    if (r.delta < 0)
        return '🔻 worse';
    if (r.delta > 0)
        return '🔺 better';
    return '';
}
/** A log section ("--- agent ---" …) of a trial's log tail, its last `max` characters. */
function markdown_logSection(logTail, name, max) {
    const m = new RegExp(`(?:^|\\n)--- ${name} ---\\n([\\s\\S]*?)(?=\\n--- [a-z]+ ---\\n|$)`).exec(logTail);
    const text = (m?.[1] ?? '').replace(/\s+$/, '');
    return text.length > max ? `…${text.slice(-max)}` : text;
}
/** Log text as a block that renders verbatim and cannot break out of it. */
function preBlock(text) {
    const escaped = stripControl(text).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
    return `<pre>${escaped.replace(/@/g, '@\u200b')}</pre>`;
}
/** A Harbor trial's verifier evidence: the failed tests its ctrf.json named, every reward.json key, where its /logs/verifier was kept. */
function verifierEvidence(trial) {
    const out = [];
    const failed = trial.failedTests;
    if (failed && failed.count > 0) {
        const more = failed.count - failed.names.length;
        out.push(`Failed tests (ctrf.json): ${failed.count}`, preBlock(failed.names.join('\n') + (more > 0 ? `\n… and ${more} more` : '')));
    }
    if (trial.rewards && Object.keys(trial.rewards).length > 1) {
        const shown = Object.entries(trial.rewards).slice(0, 12);
        out.push(`Rewards (reward.json): ${escapeMarkdown(shown.map(([k, v]) => `${k} ${v}`).join(', '), 400)}`);
    }
    if (trial.verifierLogs)
        out.push(`Verifier logs kept: ${escapeMarkdown(trial.verifierLogs, 200)} (agent-logs artifact)`);
    return out;
}
/** For each task that got worse: its head trial's reason, failed tests, verifier output tail and agent output tail, collapsed. */
function evidenceBlock(r, trial) {
    if (!trial)
        return '';
    const tests = verifierEvidence(trial);
    const verify = markdown_logSection(trial.logTail, 'verify', 1200);
    const agent = markdown_logSection(trial.logTail, 'agent', 1200);
    const harness = markdown_logSection(trial.logTail, 'harness', 600);
    const why = `head trial ${trial.trial}: ${escapeMarkdown(trial.reason ?? trial.outcome, 80)}`;
    return [
        `<details><summary>${escapeMarkdown(r.task, 100)}: why it got worse (${why})</summary>`,
        '',
        ...tests,
        ...(verify ? ['Verifier output (tail):', preBlock(verify)] : []),
        ...(agent ? ['Agent output (tail):', preBlock(agent)] : []),
        ...(harness ? ['Harness:', preBlock(harness)] : []),
        ...(!verify && !agent && !harness && !tests.length ? ['(no output was recorded)'] : []),
        '</details>',
    ].join('\n');
}
function taskRow(r) {
    const delta = r.delta === null ? '—' : r.delta === 0 ? '0' : pts(r.delta, 0);
    return `| ${escapeMarkdown(r.task, 100)} | ${countsCell(r.base)} | ${countsCell(r.head)} | ${delta} | ${rowKind(r)} |`;
}
function profileSection(v, base, head) {
    const lines = [];
    if (v.profileChanged) {
        lines.push(`> [!WARNING]\n> The profile changed (${escapeMarkdown(v.profile.base)} → ${escapeMarkdown(v.profile.head)}): ` +
            'this is a harness change, not only an agent change.\n');
        if (v.profileDiff.length) {
            lines.push('| profile key | base | head |', '|---|---|---|');
            for (const d of v.profileDiff)
                lines.push(`| ${escapeMarkdown(d.key)} | ${escapeMarkdown(formatValue(d.key, d.base))} | ${escapeMarkdown(formatValue(d.key, d.head))} |`);
            lines.push('');
        }
    }
    else {
        lines.push(`Profile **${escapeMarkdown(v.profile.head)}** unchanged (sha256 ${escapeMarkdown(head.profile.sha256.slice(0, 12))}).\n`);
    }
    lines.push(...importedLines(base, head));
    lines.push(...securityLines(base, head));
    lines.push(...agentDiffLines(v));
    lines.push(...tasksDiffLines(v));
    const over = declaredOverCaps(head);
    if (over.length) {
        lines.push(`Tasks that ask for more than the profile gives (the profile's caps applied):\n`);
        for (const l of over.slice(0, 50))
            lines.push(`- ${escapeMarkdown(l)}`);
        if (over.length > 50)
            lines.push(`- … and ${over.length - 50} more`);
        lines.push('');
    }
    const skipped = head.suite.skipped ?? [];
    if (skipped.length) {
        lines.push(`Harbor tasks not run here: ${skipped
            .slice(0, 50)
            .map((t) => `${escapeMarkdown(t.id, 100)} (${escapeMarkdown(t.reason, 100)})`)
            .join(', ')}\n`);
    }
    if (v.environmentChanged) {
        lines.push('> [!NOTE]\n> The two runs ran on different environments; scores can move with the machine.\n');
        lines.push('| environment | base | head |', '|---|---|---|');
        for (const d of v.environmentDiff)
            lines.push(`| ${escapeMarkdown(d.key)} | ${escapeMarkdown(formatValue(d.key, d.base))} | ${escapeMarkdown(formatValue(d.key, d.head))} |`);
        lines.push('');
    }
    const env = (r) => r.run.importedFrom
        ? `imported from Harbor${r.run.importedFrom.environment ? ` (${escapeMarkdown(r.run.importedFrom.environment, 100)})` : ''}: the machine was not recorded`
        : `${r.environment.host.cpus} CPUs, ${formatValue('memoryBytes', r.environment.host.memoryBytes)}, ` +
            `Docker ${escapeMarkdown(r.environment.docker.version)}, cgroup v${escapeMarkdown(r.environment.docker.cgroupVersion)}${r.environment.runner ? `, runner ${escapeMarkdown(r.environment.runner.name)}` : ''}`;
    lines.push(`- base: ${env(base)}`, `- head: ${env(head)}`);
    return lines.join('\n');
}
/** A run `bakeoff import` built from a Harbor job: bakeoff ran nothing, and its caps are as Harbor was told them. */
function importedLines(base, head) {
    const sides = ['base', 'head'].flatMap((side) => {
        const from = (side === 'base' ? base : head).run.importedFrom;
        if (!from)
            return [];
        const unrecorded = from.undeclared.length ? ` (not recorded by the job: ${escapeMarkdown(from.undeclared.join(', '), 300)})` : '';
        return [
            `> ${side === 'base' ? 'Base' : 'Head'}: imported from a Harbor job; the caps are as Harbor declared them, not enforced by bakeoff${unrecorded}.`,
        ];
    });
    return sides.length ? ['> [!NOTE]', ...sides.flatMap((l, i) => (i ? ['>', l] : [l])), ''] : [];
}
/** What the containers could do (capabilities, no-new-privileges, seccomp): once when both runs had the same, else per side. */
function securityLines(base, head) {
    const [b, h] = [base, head].map((r) => escapeMarkdown(securityText(securityOf(r.profile.resolved)), 400));
    return b === h ? [`Containers: ${h}.\n`] : [`Containers: base ${b}; head ${h}.\n`];
}
const MAX_TASK_CHANGES = 50;
/** The preset agent changed between the runs (its version, model or binary): said, as the cause a reader looks for first. */
function agentDiffLines(v) {
    if (!v.agentDiff.length)
        return [];
    const cell = (key, x) => escapeMarkdown(formatValue(key, x), 120);
    return [
        'The agent changed between base and head:\n',
        '| agent | base | head |',
        '|---|---|---|',
        ...v.agentDiff.map((d) => `| ${escapeMarkdown(d.key, 40)} | ${cell(d.key, d.base)} | ${cell(d.key, d.head)} |`),
        '',
    ];
}
/** Tasks whose image (tag or ID) or timeouts changed between the runs: a harness change, as a profile's. */
function tasksDiffLines(v) {
    if (!v.tasksDiff.length)
        return [];
    const cell = (key, x) => escapeMarkdown(formatValue(key, x), 120);
    return [
        '> [!WARNING]\n> What the tasks ran on changed (an image rebuilt or retagged, or a timeout): this is a harness change, not only an agent change.\n',
        '| task key | base | head |',
        '|---|---|---|',
        ...v.tasksDiff.slice(0, MAX_TASK_CHANGES).map((d) => `| ${escapeMarkdown(d.key, 160)} | ${cell(d.key, d.base)} | ${cell(d.key, d.head)} |`),
        ...(v.tasksDiff.length > MAX_TASK_CHANGES ? [`\n… and ${v.tasksDiff.length - MAX_TASK_CHANGES} more`] : []),
        '',
    ];
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Destinations denied on head and not on base, and per task what the agent tried more or less often; '' without egress records. */
function egressSection(egress) {
    if (!egress)
        return '';
    const { newlyDenied, changes } = egress;
    const lines = [];
    if (newlyDenied.length) {
        lines.push('Denied on head, not on base:', '');
        for (const u of newlyDenied.slice(0, 20))
            lines.push(`- ${escapeMarkdown(u.destination, 120)} ${u.connections}×`);
        lines.push('');
    }
    else
        lines.push('No destination is denied on head that was not on base.\n');
    if (changes.length) {
        lines.push('| task | destination | | base | head |', '|---|---|---|---:|---:|');
        for (const c of changes.slice(0, 30)) {
            lines.push(`| ${escapeMarkdown(c.task, 100)} | ${escapeMarkdown(c.destination, 120)} | ${c.allowed ? 'allowed' : '**denied**'} | ${c.base}× | ${c.head}× |`);
        }
        if (changes.length > 30)
            lines.push(`\n… and ${changes.length - 30} more changes`);
    }
    return lines.join('\n');
}
/** The full report, never over MAX_REPORT_CHARS: the per-task table is cut with a count of what was left out. */
function renderMarkdown(v, base, head, ctx = {}, limit = MAX_REPORT_CHARS) {
    return markdownReport(comparison_comparisonView(v, base, head), ctx, limit);
}
function markdownReport(view, ctx = {}, limit = MAX_REPORT_CHARS) {
    const { verdict: v, base, head, rows } = view;
    const header = [marker(v.suite, v.profile.head), verdictLine(v), '', ...contextLines(ctx)];
    const notes = [...view.notes];
    if (v.addedTasks.length || v.removedTasks.length)
        notes.push(`${v.addedTasks.length} task(s) only in head and ${v.removedTasks.length} only in base are listed, not tested.`);
    const costs = efficiencyTable(v);
    const before = [
        ...header,
        summaryTable(view),
        '',
        ...(view.reading ? [view.reading, ''] : []),
        view.mde,
        ...(costs ? ['', costs, '', EFFICIENCY_NOTE] : []),
        ...(notes.length ? ['', ...notes.map((n) => `> ${escapeMarkdown(n, 500)}`)] : []),
        '',
        mermaidOutcomeChart(base, head),
        '',
        '',
    ].join('\n');
    const egress = egressSection(view.egress);
    const after = [
        '',
        ...(egress ? [details('Egress: what the agent tried to reach', egress), ''] : []),
        details('Profile and environment', profileSection(v, base, head)),
        '',
        ctx.runUrl ? `[Run details](${encodeURI(ctx.runUrl)})` : '',
        `<sub>bakeoff · ${escapeMarkdown(v.suite)} × ${escapeMarkdown(v.profile.head)}</sub>`,
    ].join('\n');
    const flipped = rows.filter((r) => r.status === 'paired' && r.delta !== 0).length;
    const tableHead = ['| task | base | head | Δ | |', '|---|---|---|---:|---|'];
    const wrapperCost = 200; // summary line, details tags, the "not shown" line
    let budget = limit - before.length - after.length - wrapperCost - tableHead.join('\n').length;
    const shown = [];
    for (const r of rows) {
        const line = taskRow(r);
        if (line.length + 1 > budget)
            break;
        shown.push(line);
        budget -= line.length + 1;
    }
    const left = rows.length - shown.length;
    const table = [...tableHead, ...shown].join('\n') + (left ? `\n\n… ${left} more task(s) not shown (the full list is in the results artifact).` : '');
    const perTask = details(`Per-task results: ${flipped} of ${v.pairedTasks} paired tasks changed`, table);
    // Evidence only in what room the table left: the verdict and the table always come first.
    const evidence = [];
    const worse = rows.filter((r) => r.status === 'paired' && (r.delta ?? 0) < 0);
    const firstNonPass = new Map();
    for (const t of head.trials)
        if (t.outcome !== 'pass' && !firstNonPass.has(t.task))
            firstNonPass.set(t.task, t);
    for (const r of worse) {
        const block = evidenceBlock(r, firstNonPass.get(r.task));
        if (!block || block.length + 2 > budget)
            continue;
        evidence.push(block);
        budget -= block.length + 2;
    }
    const evidenceText = evidence.length ? `\n\n${evidence.join('\n\n')}` : '';
    return before + perTask + evidenceText + after;
}
/** The report for a run with nothing to compare against (the first run on a branch). */
function renderNoBaseline(head, reason, ctx = {}) {
    const s = head.summary;
    const side = sideFacts(head);
    const harbor = harborScore(head);
    return [
        marker(head.suite.name, head.profile.name),
        `### ⚪ No baseline — success ${pct(s.successRate)} (${interval(s.successRateCI95)}), nothing to compare against`,
        '',
        ...contextLines({ advisory: ctx.advisory }),
        `> ${escapeMarkdown(reason, 500)} The gate passes; pushes to the base branch will make the next baseline.`,
        '',
        '| | head |',
        '|---|---:|',
        `| success rate (95% CI) | ${pct(s.successRate)} (${interval(s.successRateCI95)}) |`,
        `| infra-error rate | ${pct(s.infraErrorRate)} |`,
        `| limit rate | ${pct(s.limitRate)} |`,
        ...(harbor ? [`| ${HARBOR_SCORE_LABEL} | ${pct(harbor.score)} |`] : []),
        ...sideRows({ base: side, head: side }).map(([label, , value]) => `| ${label} | ${value} |`),
        ...(harbor ? ['', `<sub>${HARBOR_SCORE_NOTE}</sub>`] : []),
        '',
        ctx.runUrl ? `[Run details](${encodeURI(ctx.runUrl)})` : '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/table.ts
/** Plain-text tables for the terminal. Pure. */
function textTable(header, rows, alignRight = []) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const fmt = (cells) => cells
        .map((c, i) => (alignRight[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

;// CONCATENATED MODULE: ./src/report/terminal.ts






const MAX_TASK_LINES = 25;
function terminal_renderTerminal(v, base, head) {
    return terminalReport(comparisonView(v, base, head));
}
function terminalReport(view) {
    const v = view.verdict;
    const s = v.successRate;
    const out = [];
    const harbor = harborScoreRow(view);
    const reading = v.reading ? ` (${v.reading.replace('-', ' ')})` : '';
    out.push(`bakeoff: ${v.verdict.toUpperCase()}${reading} — success ${pct(s.base)} → ${pct(s.head)} (${pts(s.delta)}, ${pText(s.pValue)})`, '');
    out.push(textTable(['', 'base', 'head', 'Δ'], [
        ['success rate', pct(s.base), pct(s.head), `${pts(s.delta)} (95% CI ${interval(s.ci95, (x) => pts(x))})`],
        [
            'infra-error rate',
            pct(v.infraErrorRate.base),
            pct(v.infraErrorRate.head),
            `${pts(v.infraErrorRate.delta)}, ${pText(v.infraErrorRate.pValue)}`,
        ],
        ['limit rate', pct(v.limitRate.base), pct(v.limitRate.head), `${pts(v.limitRate.delta)}, ${pText(v.limitRate.pValue)}`],
        ...(harbor ? [harbor] : []),
        ...sideRows(view.sides).map((r) => [...r, '']),
    ], [false, true, true, false]), '', ...(harbor ? [HARBOR_SCORE_NOTE, ''] : []), view.mde);
    const costs = v.efficiency.filter((r) => r.ratio !== null || r.tasksLeftOut > 0);
    if (costs.length) {
        out.push('', 'cost, head ÷ base (paired by task, geometric mean, 95% CI, p for costlier):');
        for (const r of costs.slice(0, 20)) {
            const ci = r.ci95 ? `${r.ci95[0].toFixed(2)}–${r.ci95[1].toFixed(2)}` : '—';
            const over = v.costIncreases.includes(r.metric) ? '  OVER THE LIMIT' : '';
            const ratio = r.ratio === null ? '—' : `${r.ratio.toFixed(2)}× (${ci}), ${pText(r.pIncrease)}`;
            out.push(`  ${escapeTerminal(r.metric, 40).padEnd(20)} ${ratio}${missingText(r)}${over}`);
        }
    }
    const changed = view.changed;
    if (changed.length) {
        out.push('', 'changed tasks:');
        for (const r of changed.slice(0, MAX_TASK_LINES)) {
            const side = (c) => (c ? taskCountsText(c) : '—');
            out.push([
                `  ${escapeTerminal(r.task, 60).padEnd(24)}`,
                side(r.base).padEnd(26),
                '→',
                side(r.head).padEnd(26),
                r.status === 'paired' ? pts(r.delta, 0) : r.status,
            ].join(' '));
        }
        if (changed.length > MAX_TASK_LINES)
            out.push(`  … ${changed.length - MAX_TASK_LINES} more`);
    }
    if (v.profileChanged) {
        out.push('', `warning: the profile changed (${escapeTerminal(v.profile.base)} → ${escapeTerminal(v.profile.head)}) — a harness change:`);
        for (const d of v.profileDiff)
            out.push(`  ${d.key}: ${formatValue(d.key, d.base)} → ${formatValue(d.key, d.head)}`);
    }
    if (v.agentDiff.length) {
        out.push('', 'the agent changed:');
        for (const d of v.agentDiff)
            out.push(`  ${d.key}: ${escapeTerminal(formatValue(d.key, d.base), 120)} → ${escapeTerminal(formatValue(d.key, d.head), 120)}`);
    }
    if (v.tasksDiff.length) {
        out.push('', 'warning: what the tasks ran on changed (image or timeouts) — a harness change:');
        const value = (key, x) => escapeTerminal(formatValue(key, x), 120);
        for (const d of v.tasksDiff.slice(0, MAX_TASK_LINES))
            out.push(`  ${escapeTerminal(d.key, 120)}: ${value(d.key, d.base)} → ${value(d.key, d.head)}`);
        if (v.tasksDiff.length > MAX_TASK_LINES)
            out.push(`  … ${v.tasksDiff.length - MAX_TASK_LINES} more`);
    }
    if (v.environmentChanged) {
        out.push('', 'warning: the environments differ:');
        for (const d of v.environmentDiff)
            out.push(`  ${d.key}: ${escapeTerminal(formatValue(d.key, d.base))} → ${escapeTerminal(formatValue(d.key, d.head))}`);
    }
    if (view.egress) {
        const { newlyDenied, changes } = view.egress;
        out.push('', newlyDenied.length ? 'egress denied on head, not on base:' : 'egress: nothing newly denied on head');
        for (const u of newlyDenied.slice(0, 10))
            out.push(`  ${escapeTerminal(u.destination, 80)} ${u.connections}×`);
        for (const c of changes.slice(0, 10)) {
            out.push(`  ${escapeTerminal(c.task, 40)}: head tried ${escapeTerminal(c.destination, 80)} ${c.head}× (base ${c.base}×), ${c.allowed ? 'allowed' : 'denied'}`);
        }
    }
    for (const n of view.notes)
        out.push('', `note: ${n}`);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/formats.ts



const COMPARISON_FORMATS = {
    /** The PR comment, check run and job summary. */
    markdown: { render: (view, ctx) => markdownReport(view, ctx), file: 'write the Markdown report here' },
    /** What `bakeoff compare` prints. */
    terminal: { render: (view) => terminalReport(view) },
    /** The verdict file (bakeoff.verdict/v1). */
    json: { render: (view) => JSON.stringify(verdictFile(view.verdict), null, 2) + '\n', file: 'write the verdict (bakeoff.verdict/v1) here' },
};
const comparisonFormatNames = Object.keys(COMPARISON_FORMATS);
/** The formats `bakeoff compare` can write to a file, each with its flag's help line. */
const comparisonFileFormats = comparisonFormatNames.flatMap((name) => {
    const file = COMPARISON_FORMATS[name].file;
    return file ? [{ name, help: file }] : [];
});
function formats_renderComparison(format, verdict, base, head, ctx = {}) {
    return COMPARISON_FORMATS[format].render(comparisonView(verdict, base, head), ctx);
}

;// CONCATENATED MODULE: ./src/app/compare.ts
/** Base vs head → verdict and the Markdown report; without a base, the head's own report. Used by the CLI, the Action and the fork companion. */








function compareAndRender(head, base, opts) {
    const ctx = { runUrl: opts.runUrl, baselineNote: opts.baselineNote, advisory: opts.advisory };
    if (!base)
        return { markdown: renderNoBaseline(head, opts.noBaselineReason, ctx) };
    const verdict = compare_compareRuns(base, head, opts.thresholds);
    return { verdict, markdown: renderMarkdown(verdict, base, head, ctx) };
}
/** The gate's rule: whether this verdict fails the job (none, for want of a baseline: never). Pass the Verdict itself as `facts`. */
function failsGate(kind, failOnInconclusive, facts) {
    return kind !== 'none' && failsJob(kind, failOnInconclusive, facts);
}
/** The check run's conclusion follows the gate: failure exactly when the job fails; an unforced inconclusive is neutral. */
function conclusionFor(kind, failOnInconclusive, facts) {
    if (failsGate(kind, failOnInconclusive, facts))
        return 'failure';
    return kind === 'inconclusive' ? 'neutral' : 'success';
}
/** `compare`: two results files of one suite → the verdict, the terminal report, the files asked for. */
function compareFiles(req) {
    const base = readResults(req.base);
    const head = readResults(req.head);
    if (base.suite.name !== head.suite.name) {
        throw new ConfigError(req.head, [
            {
                path: 'suite.name',
                message: `is "${head.suite.name}" but the base (${req.base}) ran suite "${base.suite.name}"`,
                fix: 'compare two runs of the same suite',
            },
        ]);
    }
    const verdict = compareRuns(base, head, req.thresholds);
    for (const [format, file] of Object.entries(req.files))
        if (file)
            writeFileAtomic(file, renderComparison(format, verdict, base, head, { runUrl: req.runUrl }));
    const profileChanged = verdict.profileChanged && base.profile.name !== head.profile.name;
    return {
        verdict,
        terminal: renderTerminal(verdict, base, head),
        profileWarning: profileChanged
            ? `comparing different profiles (${base.profile.name} → ${head.profile.name}): the difference includes the harness`
            : undefined,
        failsGate: failsGate(verdict.verdict, req.failOnInconclusive, verdict),
    };
}

;// CONCATENATED MODULE: ./src/app/gate.ts
/**
 * The pull-request gate: the head and (for `baseline: rerun`) the base commit's suite run through
 * one scheduler, their trials interleaved so drift hits both alike; then the comparison and the
 * verdict. Plain data in and out: where the results go (artifacts, comments) is the adapter's business.
 */





/** Checks both sides, then runs them interleaved. */
async function runGateSides(req) {
    const sides = ['head', 'base'].flatMap((side) => (req[side] ? [{ side, ...req[side] }] : []));
    const log = req.log ?? (() => undefined);
    const backend = await connectEngine(log);
    await preflightEach(sides.map((s) => ({ label: s.side, session: { ...s.configs, backend } })), req.checks, { multipliers: [req.multiplier], log: req.log });
    const outcomes = await run_runInterleaved(sides.map((s) => arm(req, s.side, s)), { concurrency: req.concurrency, signal: req.signal, progress: req.progress, log: req.log, backend });
    for (const o of outcomes)
        for (const w of o.warnings)
            req.warn(w);
    return Object.fromEntries(sides.map((s, i) => [s.side, outcomes[i].results]));
}
function arm(req, side, { configs, ref }) {
    const followsHead = side === 'base' && req.head !== undefined;
    const shard = req.shard && { shard: req.shard, ...(followsHead ? { shardLeader: req.head.configs.suite.value.tasks } : {}) };
    return {
        ...configs,
        label: side,
        multiplier: req.multiplier,
        trials: req.trials,
        agentLogsDir: (0,external_node_path_.join)(req.dir, `${side}.agent-logs`),
        eventsFile: (0,external_node_path_.join)(req.dir, `${side}.events.jsonl`),
        resume: false,
        ref,
        ...shard,
    };
}
/** The head against its baseline: the verdict, the report and whether the gate fails the job. */
function judgeHead(head, base, req) {
    const reported = compareAndRender(head, base, req);
    const verdict = reported.verdict;
    return { ...reported, fails: verdict !== undefined && failsGate(verdict.verdict, req.failOnInconclusive, verdict) };
}

;// CONCATENATED MODULE: ./src/compare/gate-sizing.ts
/**
 * Sizing a gate from a base run: how many tasks × trials make the gate catch a given drop, by
 * simulation with the gate's own rule (the one-sided paired sign-flip p < α and a drop of at least
 * max-drop), and the other way round the drop the suite as it stands catches at 1, 3 and 5 trials.
 * The tasks' true rates are not their observed pass fractions (with one trial every one is 0 or 1):
 * they are drawn from each task's posterior under a beta-binomial fit across tasks
 * (docs/design.md §7). Pure and seeded.
 */




const TRIALS = [1, 3, 5, 10];
const TASK_FACTORS = [1, 2, 4];
/** Draws kept from each task's posterior: a simulated task is one of them. */
const POOL = 32;
/** Beta prior weight a + b never below this: a base of only always-pass and always-fail tasks still leaves each some noise. */
const LEAST_PRIOR_WEIGHT = 1;
function taskCounts(base) {
    return [...group_groupBy(base.trials, (t) => t.task).values()].flatMap((trials) => {
        const valid = trials.filter((t) => t.outcome !== 'error').length;
        return valid ? [{ pass: trials.filter((t) => t.outcome === 'pass').length, valid }] : [];
    });
}
/**
 * Method-of-moments beta-binomial fit: the pooled rate, and ρ from the spread of the tasks' pass
 * fractions, Σ t_i (p_i − p)² ≈ p(1−p)·[(N − 1) + ρ·(Σ(t_i − 1) − Σ t_i(t_i − 1)/T)]. With one
 * trial per task the bracket's ρ term vanishes: ρ cannot be estimated, and is null.
 */
function fitBetaBinomial(tasks) {
    const total = tasks.reduce((a, t) => a + t.valid, 0);
    const mean = tasks.reduce((a, t) => a + t.pass, 0) / total;
    const identifying = tasks.reduce((a, t) => a + (t.valid - 1) - (t.valid * (t.valid - 1)) / total, 0);
    if (identifying <= 1e-9 || mean <= 0 || mean >= 1)
        return { mean, correlation: identifying <= 1e-9 ? null : 0 };
    const spread = tasks.reduce((a, t) => a + t.valid * (t.pass / t.valid - mean) ** 2, 0) / (mean * (1 - mean));
    const rho = (spread - (tasks.length - 1)) / identifying;
    return { mean, correlation: Math.min(1, Math.max(0, rho)) };
}
/** Standard normal by Box–Muller. */
function normal(rand) {
    return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}
/** Gamma(shape, 1) by Marsaglia–Tsang; below shape 1 through Gamma(shape + 1)·U^(1/shape). */
function gamma(shape, rand) {
    if (shape < 1)
        return gamma(shape + 1, rand) * (1 - rand()) ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
        const z = normal(rand);
        const v = (1 + c * z) ** 3;
        if (v <= 0)
            continue;
        const u = 1 - rand();
        if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v))
            return d * v;
    }
}
function beta(a, b, rand) {
    const x = gamma(a, rand);
    return x / (x + gamma(b, rand));
}
/** Per base task, rates drawn from its posterior Beta(a + passes, b + fails); one rate, the mean, when ρ is 0 or unknown. */
function ratePools(tasks, fit, rand) {
    const rho = fit.correlation ?? 0;
    if (rho === 0 || fit.mean <= 0 || fit.mean >= 1)
        return tasks.map(() => [fit.mean]);
    const weight = Math.max(LEAST_PRIOR_WEIGHT, (1 - rho) / rho);
    const a = fit.mean * weight;
    const b = (1 - fit.mean) * weight;
    return tasks.map((t) => Array.from({ length: POOL }, () => beta(a + t.pass, b + t.valid - t.pass, rand)));
}
/**
 * Fraction of simulated runs in which the gate fails on the drop. A drop of δ scales every task's
 * rate by (1 − δ/p̄), p̄ the mean rate, so the suite's mean falls by δ and no rate leaves [0, 1].
 */
function simulatePower(pools, mean, tasks, trials, drop, req, rand) {
    const sims = req.simulations ?? 200;
    const keep = mean > 0 ? Math.max(0, 1 - drop / mean) : 0;
    const binomial = (p) => {
        let k = 0;
        for (let i = 0; i < trials; i++)
            if (rand() < p)
                k++;
        return k / trials;
    };
    let found = 0;
    for (let s = 0; s < sims; s++) {
        const diffs = [];
        let sum = 0;
        for (let i = 0; i < tasks; i++) {
            const pool = pools[(rand() * pools.length) | 0];
            const p = pool[(rand() * pool.length) | 0];
            const d = binomial(p * keep) - binomial(p);
            diffs.push(d);
            sum += d;
        }
        const delta = sum / tasks;
        if (delta < 0 && -delta >= req.maxDrop - 1e-9 && pDrop(diffs, trials, s) < req.alpha)
            found++;
    }
    return found / sims;
}
/**
 * The sign-flip p for a drop: exact (as the verdict computes it) up to 100 tasks; above, its normal
 * approximation — with over 100 bounded terms the normal tail is within simulation error of the exact one.
 */
function pDrop(diffs, trials, seed) {
    if (diffs.length <= 100)
        return signFlipTest(diffs, { alternative: 'less', denominators: [trials], draws: 2000, seed: seed + 1 })?.pValue ?? 1;
    return signFlipNormal(diffs, 'less');
}
function sizeGate(base, given) {
    const req = { ...given, maxDrop: given.maxDrop ?? DEFAULT_THRESHOLDS.maxDrop };
    const counts = taskCounts(base);
    const rand = xorshift32(req.seed ?? 20261129);
    const fit = counts.length ? fitBetaBinomial(counts) : { mean: 0, correlation: null };
    const pools = ratePools(counts, fit, rand);
    const powerAt = (tasks, trials, drop) => simulatePower(pools, fit.mean, tasks, trials, drop, req, rand);
    const designs = [];
    if (counts.length) {
        for (const factor of TASK_FACTORS) {
            for (const trials of TRIALS)
                designs.push({ tasks: counts.length * factor, trials, power: powerAt(counts.length * factor, trials, req.mde) });
        }
    }
    const reaching = designs.filter((d) => d.power >= req.power).sort((a, b) => a.tasks * a.trials - b.tasks * b.trials || a.trials - b.trials);
    const mdeAt = [1, 3, 5].map((trials) => ({
        trials,
        mde: counts.length ? smallestCaught((drop) => powerAt(counts.length, trials, drop), fit.mean, req.power) : null,
    }));
    return {
        observedTasks: counts.length,
        meanRate: fit.mean,
        correlation: fit.correlation,
        maxDrop: req.maxDrop,
        designs,
        recommended: reaching[0] ?? null,
        mdeAt,
    };
}
/** The smallest drop caught with the power asked: bisection on simulated power, to half a point, up to the whole mean rate. */
function smallestCaught(powerAt, mean, power) {
    if (mean <= 0 || powerAt(mean) < power)
        return null;
    let lo = 0;
    let hi = mean;
    while (hi - lo > 0.005) {
        const mid = (lo + hi) / 2;
        if (powerAt(mid) >= power)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}

;// CONCATENATED MODULE: ./src/report/gate-sizing.ts

function gateSizingText(sizing, req) {
    if (sizing.observedTasks === 0)
        return ('Base: 0 tasks with a valid trial (every trial an error, or none at all): there is nothing to size a gate from. ' +
            'Size it from a base run whose trials ran.');
    const trials = [...new Set(sizing.designs.map((d) => d.trials))];
    const tasks = [...new Set(sizing.designs.map((d) => d.tasks))];
    const cell = (t, k) => {
        const d = sizing.designs.find((x) => x.tasks === t && x.trials === k);
        return `${Math.round(d.power * 100)}%`;
    };
    const drop = unsignedPts(req.mde);
    const gate = `p < ${req.alpha} in the one-sided paired sign-flip test and a drop of at least ${unsignedPts(sizing.maxDrop)}`;
    return [
        `Base: ${sizing.observedTasks} tasks with a valid trial, mean pass rate ${pct(sizing.meanRate)}. ${ratesSentence(sizing)}`,
        '',
        `Power of the gate (it fails on ${gate}) to catch a drop of ${drop}, simulated:`,
        '',
        `| tasks | ${trials.map((k) => `× ${k} trial${k === 1 ? '' : 's'}`).join(' | ')} |`,
        `|---:|${trials.map(() => '---:').join('|')}|`,
        ...tasks.map((t) => `| ${t} | ${trials.map((k) => cell(t, k)).join(' | ')} |`),
        '',
        recommendation(sizing, req, drop),
        '',
        `The gate on the suite as it stands (${sizing.observedTasks} tasks) catches, with ${Math.round(req.power * 100)}% power: ` +
            sizing.mdeAt.map((m) => `${orDash(m.mde, unsignedPts)} at ${m.trials} trial${m.trials === 1 ? '' : 's'}`).join(', ') +
            '.',
    ].join('\n');
}
/** How the tasks' true rates were estimated: what the powers below rest on. */
function ratesSentence(sizing) {
    if (sizing.correlation === null)
        return ('With one trial per task, steady tasks cannot be told from flaky ones: every task is taken at the mean rate, ' +
            'the noisiest case, so the powers below are at the low end.');
    return `Task rates: a beta-binomial fit across tasks (intra-task correlation ${sizing.correlation.toFixed(2)}), each task drawn from its posterior.`;
}
function recommendation(sizing, req, drop) {
    const power = `${Math.round(req.power * 100)}%`;
    const rec = sizing.recommended;
    if (!rec)
        return `No design tried reaches ${power} power for a ${drop} drop: add tasks, or gate on a larger drop.`;
    const trials = `${rec.trials} trial${rec.trials === 1 ? '' : 's'}`;
    return `Recommended: ${rec.tasks} tasks × ${trials} (${Math.round(rec.power * 100)}% power ≥ ${power}), the cheapest design that reaches it.`;
}

;// CONCATENATED MODULE: ./src/app/gate-sizing.ts
/** `plan`: how large a gate must be to catch a drop, sized from a base run (docs/design.md §7). */



/** The sizing of a gate from the base run in `baseFile`, as text. */
function sizeGateFromFile(baseFile, req) {
    return sizeGateText(readResults(baseFile), req);
}
function sizeGateText(base, req) {
    return gateSizingText(sizeGate(base, req), req);
}
/** The gate as configured (its α and max-drop) sized for a 5-point drop at 80% power: what the Action shows on pushes to the base branch. */
function sizeConfiguredGate(head, thresholds) {
    return sizeGateText(head, { mde: 0.05, alpha: thresholds.alpha, power: 0.8, maxDrop: thresholds.maxDrop });
}

;// CONCATENATED MODULE: ./src/report/run-summary.ts
/** The table printed at the end of `bakeoff run`: per task outcome counts, then the totals. Pure. */














function run_summary_runSummary(results) {
    const byTask = group_groupBy(results.trials, (t) => t.task);
    const rows = [...byTask.entries()].map(([task, trials]) => {
        const count = (o) => String(trials.filter((t) => t.outcome === o).length);
        const reasons = [...new Set(trials.map((t) => t.reason).filter(Boolean))].join(', ');
        const retried = trials.reduce((n, t) => n + t.attempts.length - 1, 0);
        const peak = medianOf(trials, (t) => t.peakMemoryBytes);
        return [task, count('pass'), count('fail'), count('limit'), count('error'), String(retried), orDash(peak, formatBytes), reasons];
    });
    const s = results.summary;
    const ci = s.successRateCI95 ? ` (95% CI ${pct(s.successRateCI95[0])}–${pct(s.successRateCI95[1])})` : '';
    const caps = results.profile.resolved;
    const harbor = harborScore(results);
    return [
        textTable(['task', 'pass', 'fail', 'limit', 'error', 'retried', 'peak mem', 'reasons'], rows, [false, true, true, true, true, true, true, false]),
        '',
        `${plural(s.trials, 'trial')} of ${plural(s.tasks, 'task')}: ${s.pass} pass, ${s.fail} fail, ${s.limit} limit, ${s.error} error`,
        `success rate ${pct(s.successRate)}${ci} · infra-error rate ${pct(s.infraErrorRate)} · limit rate ${pct(s.limitRate)}`,
        ...(harbor ? [harborScoreLine(harbor, s.successRate)] : []),
        `profile ${results.profile.name} at ${multiplier_multiplierLabel(results.profile.multiplier)}: ${caps.cpus ?? 'no'} CPU, ` +
            `${caps.memoryBytes === null ? 'no memory cap' : formatBytes(caps.memoryBytes)}, ${caps.pids} pids, network ${caps.network}` +
            (caps.verifyNetwork ? ` (verify: ${caps.verifyNetwork})` : '') +
            `; ${escapeTerminal(securityText(securityOf(caps)), 400)}`,
        ...declaredOverCaps(results).map((l) => `above the caps: ${escapeTerminal(l, 400)}`),
        ...(results.suite.skipped ?? []).map((t) => `skipped: ${t.id}: ${t.reason}`),
        ...results.suite.tasks.flatMap((t) => (t.unsupported ?? []).map((u) => `not honoured: ${t.id}: ${u.key}: ${u.why}`)),
        ...egressLines(results),
    ].join('\n');
}
/**
 * Under an egress allow-list, per phase (the agent's, the verifier's): each destination tried over
 * the run, allowed or denied and why, most used first.
 */
function egressLines(results) {
    if (!results.trials.some((t) => t.egress))
        return [];
    const phases = profileNetwork(results.profile.resolved);
    const recorded = (phase) => results.trials.some((t) => t.egress?.some((e) => (e.phase ?? 'agent') === phase));
    return [
        ...(phases.agent.mode === 'egress' || recorded('agent') ? [phaseEgressLine(results, 'agent')] : []),
        ...(phases.verify.mode === 'egress' || recorded('verify') ? [phaseEgressLine(results, 'verify')] : []),
    ];
}
function phaseEgressLine(results, phase) {
    const label = phase === 'agent' ? 'egress' : 'verify egress';
    const use = egressUse(results, undefined, phase);
    if (use.length === 0)
        return `${label}: the ${phase === 'agent' ? 'agent' : 'verifier'} tried no destination`;
    const shown = use
        .slice(0, 12)
        .map((u) => `${escapeTerminal(u.destination, 80)} ${u.allowed ? 'allowed' : 'DENIED'} ${u.connections}×` +
        (u.connectFailures ? ` (${u.connectFailures} failed)` : '') +
        (u.refusal ? ` (${escapeTerminal(refusalBrief(u.refusal), 200)})` : ''));
    return `${label}: ${shown.join('; ')}${use.length > 12 ? `; … ${use.length - 12} more` : ''}`;
}

;// CONCATENATED MODULE: ./src/app/report-text.ts
/**
 * The few pieces of report/'s wording that adapters place themselves: the sticky comment's marker,
 * artifact names, check-run titles and annotations, the run summary in a log. Adapters reach them here.
 */





;// CONCATENATED MODULE: ./src/config/force-build.ts
/**
 * `--build`: Harbor tasks that name a `docker_image` and also hold an environment/Dockerfile are
 * built from the Dockerfile instead of pulled, as Harbor's force-build does. The built image is
 * tagged by the hash of its build context (builtImageTag), like any Dockerfile task, so the results
 * record the built tag and its image ID, and compare sees the change of image. A task with a
 * `docker_image` and no Dockerfile keeps its image (pulled when missing): there is nothing to build.
 */




/** The suite with each such task's image built from its Dockerfile; the same suite when none has one. */
function forceBuild(loaded) {
    const suite = loaded.value;
    if (!suite.tasks.some((t) => t.harbor?.dockerfile))
        return loaded;
    const tasks = suite.tasks.map((t) => {
        const dockerfile = t.harbor?.dockerfile;
        if (!dockerfile)
            return t;
        let contextHash;
        try {
            contextHash = hashDirectory(dockerfile.context);
        }
        catch (err) {
            throw new errors_ConfigError((0,external_node_path_.join)(dockerfile.context, 'Dockerfile'), [
                { path: '', message: `--build: ${err.message}`, fix: 'keep the build context (environment/) small, or run without --build' },
            ]);
        }
        return { ...t, image: builtImageTag(t.id, contextHash), harbor: { ...t.harbor, build: dockerfile } };
    });
    // Another run than without --build: a resume of one with the other is refused.
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(`${loaded.sha256}\0build`).digest('hex');
    return { ...loaded, value: { ...suite, tasks }, sha256 };
}
/** The Harbor tasks --build leaves on their docker_image: no environment/Dockerfile to build. */
function keptImages(suite) {
    return suite.tasks.filter((t) => t.harbor && !t.harbor.build);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/config/mount.ts
/**
 * Where `agent.mount` may point. It is bind-mounted into every task container, so it must be the
 * agent's own code: inside the repository the suite belongs to, and never a directory that holds
 * the machine's or the job's secrets (the Docker socket, /proc, a .git where actions/checkout
 * leaves the job token).
 */


const FORBIDDEN = ['/', '/proc', '/sys', '/dev', '/run', '/var/run', '/etc', '/root', '/home', '/var/lib/docker'];
const FIX = "mount only the directory with the agent's code, inside the repository, e.g. ./agent";
/** The git top level of `dir` (the nearest ancestor holding .git), else `dir` itself. */
function repositoryRoot(dir) {
    for (let d = dir;; d = (0,external_node_path_.dirname)(d)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, '.git')))
            return d;
        if ((0,external_node_path_.dirname)(d) === d)
            return dir;
    }
}
/** Whether `child` is `parent` or under it; a name that only starts with dots (`..agent`) is inside. */
function inside(child, parent) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + external_node_path_.sep) && !(0,external_node_path_.isAbsolute)(rel));
}
/** The resolved mount directory, or the problem with it. */
function checkMount(suiteFile, mount, key = 'agent.mount') {
    return checkDirectory(suiteFile, mount, key, FIX);
}
/**
 * A directory the suite names (`key`), confined as the agent mount is: it reaches containers (or
 * their builds), so it stays inside the suite's repository and away from secrets.
 */
function checkDirectory(suiteFile, mount, key, fix) {
    const suiteDir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(suiteFile));
    const given = (0,external_node_path_.resolve)(suiteDir, mount);
    const problem = (message, why = fix) => ({ problem: { path: key, message, fix: why } });
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(given);
    }
    catch {
        return problem(`${mount} does not exist (resolved to ${given})`, 'give a directory relative to the suite file, e.g. ./agent');
    }
    if (!(0,external_node_fs_.statSync)(real).isDirectory())
        return problem(`${mount} is not a directory (resolved to ${real})`, 'give a directory relative to the suite file, e.g. ./agent');
    if (FORBIDDEN.includes(real))
        return problem(`${mount} resolves to ${real}, a system directory that must never reach a task container`);
    if (/docker\.sock/.test(real))
        return problem(`${mount} resolves to the Docker socket (${real}): a container holding it controls the machine`);
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(real, '.git'))) {
        return problem(`${mount} holds .git (${real}), where actions/checkout leaves the job's token — a task container must not see it`);
    }
    const root = (0,external_node_fs_.realpathSync)(repositoryRoot(suiteDir));
    if (!inside(real, root))
        return problem(`${mount} resolves to ${real}, outside the repository of the suite (${root})`);
    return { dir: real };
}

;// CONCATENATED MODULE: ./src/config/problems.ts

function valueAt(data, path) {
    let v = data;
    for (const p of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[p];
    }
    return v;
}
/** The line of the deepest node on `path` that the document has (a missing key: its parent's line). */
function lineAt(src, path) {
    for (let n = path.length; n >= 0; n--) {
        const node = src.doc.getIn(path.slice(0, n), true);
        if (node?.range)
            return src.lines.linePos(node.range[0]).line;
    }
    return undefined;
}
/** tasks[1].verify (task "second"): the id is how the user knows the task. */
function describe(path, data) {
    const rendered = keyPath(path);
    if (path[0] !== 'tasks' || typeof path[1] !== 'number')
        return rendered;
    const id = valueAt(data, path.slice(0, 2))?.id;
    return typeof id === 'string' && id ? `${rendered} (task ${JSON.stringify(id)})` : rendered;
}
/** The keys a strict object of `schema` at `path` knows, through optional/default/pipe/array/record wrappers. */
function knownKeys(schema, path) {
    const def = (s) => s?._zod?.def;
    const unwrap = (s) => {
        for (let d = def(s); d; d = def(s)) {
            if (d.innerType !== undefined)
                s = d.innerType;
            else if (d.type === 'pipe')
                s = d.in;
            else
                break;
        }
        return s;
    };
    let s = unwrap(schema);
    for (const p of path) {
        const d = def(s);
        if (d?.type === 'object' && d.shape)
            s = unwrap(d.shape[String(p)]);
        else if (d?.type === 'array')
            s = unwrap(d.element);
        else if (d?.type === 'record')
            s = unwrap(d.valueType);
        else
            return [];
    }
    const d = def(s);
    return d?.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}
/** Optimal string alignment distance: a swap of two neighbours counts as one edit. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}
function nearest(word, candidates) {
    let best;
    for (const key of candidates) {
        const distance = editDistance(word.toLowerCase(), key.toLowerCase());
        if (distance <= Math.max(1, Math.floor(key.length / 3)) && (!best || distance < best.distance))
            best = { key, distance };
    }
    return best?.key;
}
function zodProblems(error, schema, src) {
    return error.issues.flatMap((issue) => {
        const at = (path) => ({ path: describe(path, src.data), line: lineAt(src, path) });
        if (issue.code === 'unrecognized_keys') {
            const known = knownKeys(schema, issue.path);
            return issue.keys.map((key) => {
                const guess = nearest(key, known);
                return {
                    ...at([...issue.path, key]),
                    message: `unknown key "${key}"`,
                    fix: guess ? `did you mean "${guess}"?` : `remove it or fix its spelling${known.length ? ` (known here: ${known.join(', ')})` : ''}`,
                };
            });
        }
        if (issue.path.length === 0 && issue.code === 'invalid_type' && issue.expected === 'object') {
            return [{ path: '', message: 'is not a YAML mapping', fix: 'the file must be a mapping of keys (name:, tasks: …)' }];
        }
        const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
        const parent = valueAt(src.data, issue.path.slice(0, -1));
        const missing = issue.code !== 'custom' && parent !== null && typeof parent === 'object' && valueAt(src.data, issue.path) === undefined;
        if (missing && !/required/.test(message))
            return [{ ...at(issue.path), message: 'is missing', fix: message }];
        return [{ ...at(issue.path), message }];
    });
}

;// CONCATENATED MODULE: ./src/config/fields.ts
/** zod field builders shared by the profile and suite schemas; each carries its own fix hint. */


const NAME_RE = /^[a-z0-9._-]+$/;
const fields_name = (what) => schemas/* string */.YjP({ error: `${what} is required — give it a string of a-z, 0-9, '.', '_' or '-'` })
    .regex(NAME_RE, { error: `must use only a-z, 0-9, '.', '_' and '-' (e.g. "my-${what}")` });
const size = (example) => schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()], { error: `must be a size such as ${example}` }).transform((value, ctx) => {
    const problem = sizeProblem(value, example);
    if (problem) {
        ctx.issues.push({ code: 'custom', input: value, message: problem });
        return core_core/* NEVER */.tm;
    }
    return parseSize(value);
});
const duration = (example) => schemas/* string */.YjP({ error: `must be a duration such as ${example}` }).transform((value, ctx) => {
    const ms = parseDuration(value);
    if (ms === undefined || ms <= 0) {
        ctx.issues.push({
            code: 'custom',
            input: value,
            message: `${JSON.stringify(value)} is not a positive duration — write a number with ms, s, m or h, e.g. ${example}`,
        });
        return core_core/* NEVER */.tm;
    }
    return ms;
});
const timeouts = schemas/* strictObject */.rej({
    setup: duration('5m').optional(),
    agent: duration('20m').optional(),
    verify: duration('5m').optional(),
});
const nonEmptyString = (what, example) => schemas/* string */.YjP({ error: `${what} is required — e.g. ${example}` })
    .trim()
    .min(1, { error: `${what} must not be empty — e.g. ${example}` });

;// CONCATENATED MODULE: ./src/config/security.ts
/**
 * The profile's `security` key: the container's Linux capabilities, no-new-privileges and seccomp
 * profile (docs/formats.md). The default is Docker's: what a production pod and a Harbor trial get
 * unless they say otherwise.
 */


/** Every Linux capability (capabilities(7), bits 0–40), as Docker names them without CAP_. */
const LINUX_CAPABILITIES = [
    'CHOWN',
    'DAC_OVERRIDE',
    'DAC_READ_SEARCH',
    'FOWNER',
    'FSETID',
    'KILL',
    'SETGID',
    'SETUID',
    'SETPCAP',
    'LINUX_IMMUTABLE',
    'NET_BIND_SERVICE',
    'NET_BROADCAST',
    'NET_ADMIN',
    'NET_RAW',
    'IPC_LOCK',
    'IPC_OWNER',
    'SYS_MODULE',
    'SYS_RAWIO',
    'SYS_CHROOT',
    'SYS_PTRACE',
    'SYS_PACCT',
    'SYS_ADMIN',
    'SYS_BOOT',
    'SYS_NICE',
    'SYS_RESOURCE',
    'SYS_TIME',
    'SYS_TTY_CONFIG',
    'MKNOD',
    'LEASE',
    'AUDIT_WRITE',
    'AUDIT_CONTROL',
    'SETFCAP',
    'MAC_OVERRIDE',
    'MAC_ADMIN',
    'SYSLOG',
    'WAKE_ALARM',
    'BLOCK_SUSPEND',
    'AUDIT_READ',
    'PERFMON',
    'BPF',
    'CHECKPOINT_RESTORE',
];
/** Docker's defaults, as Harbor and a pod without a securityContext get them. */
const DEFAULT_SECURITY = { capabilities: { add: [], drop: [] }, noNewPrivileges: false, seccomp: 'default' };
const CAPABILITIES_ERROR = "capabilities must be default (Docker's default set), none (all dropped), or { add: [...], drop: [...] } lists, e.g. { drop: [NET_RAW] }";
/** A capability as Docker names it: upper case, without CAP_. */
const security_normal = (written) => written.trim().toUpperCase().replace(/^CAP_/, '');
/** Why `written` is not a capability this list may name; undefined when it is one. */
function capabilityProblem(written, key) {
    const name = security_normal(written);
    if (name === 'ALL')
        return key === 'drop' ? undefined : 'add: ALL would grant every capability, near a privileged container — list the capabilities production grants';
    if (LINUX_CAPABILITIES.includes(name))
        return undefined;
    const guess = nearest(name, LINUX_CAPABILITIES);
    return (`${JSON.stringify(written)} is not a Linux capability — ` +
        (guess ? `did you mean ${guess}?` : 'use a name from capabilities(7) such as NET_ADMIN or SYS_PTRACE, without CAP_'));
}
const capabilityList = (key) => schemas/* array */.YOg(schemas/* string */.YjP({ error: 'a capability is a name such as NET_ADMIN or SYS_PTRACE' }), {
    error: `${key} is a list of capabilities, e.g. [NET_ADMIN]`,
})
    .superRefine((list, ctx) => list.forEach((written, i) => {
    const problem = capabilityProblem(written, key);
    if (problem)
        ctx.addIssue({ code: 'custom', path: [i], message: problem });
}))
    .transform((list) => {
    const names = list.map(security_normal);
    return names.includes('ALL') ? ['ALL'] : [...new Set(names)].sort();
});
/** `default` and `none` are the lists they stand for; anything else is read as { add, drop }. */
const SHORTHAND = { default: {}, none: { drop: ['ALL'] } };
const capabilitiesSchema = schemas/* preprocess */.vkY((v) => (typeof v === 'string' && Object.hasOwn(SHORTHAND, v) ? SHORTHAND[v] : v), schemas/* strictObject */.rej({ add: capabilityList('add').default([]), drop: capabilityList('drop').default([]) }, { error: CAPABILITIES_ERROR })
    .superRefine((c, ctx) => {
    const both = c.add.filter((name) => c.drop.includes(name));
    if (both.length)
        ctx.addIssue({ code: 'custom', message: `${both.join(', ')} is both added and dropped — keep each capability in one list` });
}));
const securitySchema = schemas/* strictObject */.rej({
    capabilities: capabilitiesSchema.default({ add: [], drop: [] }),
    no_new_privileges: schemas/* boolean */.zMY({ error: 'no_new_privileges must be true or false' }).default(false),
    seccomp: schemas/* enum */.k5n(['default', 'unconfined'], {
        error: "seccomp must be default (Docker's default profile) or unconfined (no system-call filter)",
    })
        .default('default'),
}, { error: 'security must be a mapping, e.g. { capabilities: none, no_new_privileges: true }' })
    .transform((s) => ({
    capabilities: { add: [...s.capabilities.add], drop: [...s.capabilities.drop] },
    noNewPrivileges: s.no_new_privileges,
    seccomp: s.seccomp,
}));

;// CONCATENATED MODULE: ./src/config/profile.ts
/** Profile: the production caps every trial runs under (docs/design.md §3). */




const DOCKER_MIN_MEMORY = 6 * 1024 * 1024;
const TMPFS_PATH = /^\/[^\s:,]*$/;
const USER_RE = /^([0-9]+|[a-z_][a-z0-9_-]*)(:([0-9]+|[a-z_][a-z0-9_-]*))?$/;
const resourcesSchema = schemas/* strictObject */.rej({
    cpus: schemas/* number */.aig({ error: 'cpus must be a number of CPUs, e.g. 2 or 0.5' }).positive({ error: 'cpus must be greater than 0, e.g. 1 or 0.5' }),
    memory: size('4GiB'),
    memory_guaranteed: size('2GiB').optional(),
    swap: size('0').default(0),
    pids: schemas/* number */.aig({ error: 'pids must be a whole number, e.g. 512' })
        .int({ error: 'pids must be a whole number, e.g. 512' })
        .min(8, { error: 'pids must be at least 8 for a shell to run, e.g. 512' })
        .default(1024),
    tmpfs: schemas/* record */.g1P(schemas/* string */.YjP().regex(TMPFS_PATH, { error: 'tmpfs keys are absolute paths such as /tmp' }), size('512MiB')).default({}),
    disk: size('10GiB').optional(),
    basis: schemas/* enum */.k5n(['profile', 'task'], { error: 'basis must be profile (the caps above) or task (1x = what each Harbor task declares)' })
        .default('profile'),
}, { error: 'resources is required — give at least cpus and memory, e.g. { cpus: 2, memory: 4GiB }' });
const NETWORK_ERROR = 'network must be none, bridge, { egress: [host[:port] patterns] } (an allow-list), ' + 'or { agent: …, verify: … } with one of those for each phase';
const PHASE_ERROR = 'must be none, bridge or { egress: [host[:port] patterns] }';
const networkMode = schemas/* enum */.k5n(['none', 'bridge'], { error: NETWORK_ERROR });
const egressList = schemas/* array */.YOg(schemas/* unknown */.L5J(), { error: 'egress is a list of host patterns, e.g. [api.anthropic.com:443, "*.pypi.org:443"]' })
    .min(1, { error: 'egress is empty — list the destinations production allows, or use network: none' })
    .superRefine((list, ctx) => list.forEach((pattern, i) => {
    const rule = parseEgressRule(pattern);
    if ('problem' in rule)
        ctx.addIssue({ code: 'custom', path: [i], message: rule.problem });
}))
    .transform((list) => list.map((p) => String(p).trim()));
/** One phase's network: a mode, or an allow-list through bakeoff's proxy. */
const phasePolicy = schemas/* union */.KCZ([schemas/* enum */.k5n(['none', 'bridge']), schemas/* strictObject */.rej({ egress: egressList })], {
    error: (issue) => (issue.code === 'invalid_union' ? PHASE_ERROR : undefined),
});
/**
 * `{ agent: P, verify: P }`; `{ egress: [...] }` alone is P for both phases. Kept from before
 * network per phase: `{ egress: [...], verify: none|bridge }` (the agent's allow-list beside the
 * verify phase's mode), and an absent agent meaning none.
 */
const networkObject = schemas/* strictObject */.rej({ agent: phasePolicy.optional(), egress: egressList.optional(), verify: phasePolicy.optional() }, { error: NETWORK_ERROR })
    .superRefine((n, ctx) => {
    if (n.agent && n.egress)
        ctx.addIssue({
            code: 'custom',
            message: 'give the agent either a network mode (agent) or an allow-list (egress), not both — write agent: { egress: [...] }',
        });
});
/** A mode or an object, each checked by its own schema so a problem deep in the object keeps its key path. */
const networkSchema = schemas/* unknown */.L5J()
    .default('none')
    .transform((v, ctx) => {
    const r = typeof v === 'string' ? networkMode.safeParse(v) : networkObject.safeParse(v);
    if (r.success)
        return r.data;
    for (const issue of r.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return core_core/* NEVER */.tm;
});
const profileSchema = schemas/* strictObject */.rej({
    name: fields_name('profile'),
    description: schemas/* string */.YjP().optional(),
    resources: resourcesSchema,
    network: networkSchema,
    user: schemas/* union */.KCZ([schemas/* number */.aig().int().min(0), schemas/* string */.YjP().regex(USER_RE)], { error: 'user must be uid[:gid] or name[:group], e.g. "1000:1000"' })
        .transform(String)
        .optional(),
    read_only_root: schemas/* boolean */.zMY({ error: 'read_only_root must be true or false' }).default(false),
    security: securitySchema.default(() => structuredClone(DEFAULT_SECURITY)),
    timeouts: schemas/* strictObject */.rej({
        setup: duration('5m').default(5 * 60_000),
        agent: duration('20m').default(20 * 60_000),
        verify: duration('5m').default(5 * 60_000),
        basis: schemas/* enum */.k5n(['profile', 'task'], {
            error: "basis must be profile (the timeouts above) or task (1x = each Harbor task's declared agent and verifier timeout_sec)",
        })
            .default('profile'),
    })
        .default({ setup: 5 * 60_000, agent: 20 * 60_000, verify: 5 * 60_000, basis: 'profile' }),
    retries: schemas/* strictObject */.rej({
        infra: schemas/* number */.aig({ error: 'retries.infra must be a whole number, e.g. 2' })
            .int({ error: 'retries.infra must be a whole number, e.g. 2' })
            .min(0, { error: 'retries.infra must be 0 or more' })
            .max(10, { error: 'retries.infra above 10 hides a broken harness; use at most 10' }),
    })
        .default({ infra: 2 }),
})
    // Also when other keys are wrong (`when`), so one pass reports every problem of the file.
    .superRefine((p, ctx) => {
    const r = p?.resources;
    if (typeof r?.memory !== 'number')
        return;
    if (r.memory < DOCKER_MIN_MEMORY) {
        ctx.addIssue({ code: 'custom', path: ['resources', 'memory'], message: `is below Docker's minimum of 6MiB — use at least 6MiB` });
    }
    if (typeof r.memory_guaranteed === 'number' && r.memory_guaranteed > r.memory) {
        ctx.addIssue({
            code: 'custom',
            path: ['resources', 'memory_guaranteed'],
            message: 'is above resources.memory — the guarantee is a floor under the ceiling; lower it or raise memory',
        });
    }
}, { when: () => true });
function toProfile(p) {
    const r = p.resources;
    return {
        name: p.name,
        ...(p.description ? { description: p.description } : {}),
        resources: {
            cpus: r.cpus,
            memoryBytes: r.memory,
            memoryGuaranteedBytes: r.memory_guaranteed ?? r.memory,
            swapBytes: r.swap,
            pids: r.pids,
            tmpfs: r.tmpfs,
            ...(r.disk !== undefined ? { diskBytes: r.disk } : {}),
            basis: r.basis,
        },
        ...networkOf(p.network),
        ...(p.user !== undefined ? { user: p.user } : {}),
        readOnlyRoot: p.read_only_root,
        security: p.security,
        timeouts: { setupMs: p.timeouts.setup, agentMs: p.timeouts.agent, verifyMs: p.timeouts.verify },
        ...(p.timeouts.basis === 'task' ? { timeoutsBasis: 'task' } : {}),
        retries: { infra: p.retries.infra },
    };
}
function networkOf(n) {
    if (typeof n === 'string')
        return { network: n };
    const agent = phaseOf(n.egress ? { egress: n.egress } : (n.agent ?? 'none'));
    const verify = n.verify === undefined ? agent : phaseOf(n.verify);
    const same = verify.mode === agent.mode && (verify.egress ?? []).join('\0') === (agent.egress ?? []).join('\0');
    return {
        network: agent.mode,
        ...(agent.egress ? { egress: agent.egress } : {}),
        ...(same ? {} : { verifyNetwork: verify.mode, ...(verify.egress ? { verifyEgress: verify.egress } : {}) }),
    };
}
function phaseOf(p) {
    return typeof p === 'string' ? { mode: p } : { mode: 'egress', egress: p.egress };
}

;// CONCATENATED MODULE: ./src/config/suite.ts
/** Suite: the agent under test and its tasks (docs/design.md §4). */




// A trailing ? marks a variable that may be unset or empty on the host (preflight does not refuse it).
const suite_ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*\??$/;
const trials = schemas/* number */.aig({ error: 'trials must be a whole number, e.g. 3' })
    .int({ error: 'trials must be a whole number, e.g. 3' })
    .min(1, { error: 'trials must be at least 1' })
    .max(TRIALS_MAX, { error: `trials above ${TRIALS_MAX} per task is almost surely a typo; use at most ${TRIALS_MAX}` });
const absPath = (example) => schemas/* string */.YjP({ error: `must be an absolute path, e.g. ${example}` }).regex(/^\//, { error: `must be an absolute path, e.g. ${example}` });
const CANDIDATE_ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** An environment value is committed to the repository and recorded in the results: a model name, a flag — never a secret. */
const envValue = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()], { error: 'an env value is a string, number or boolean, e.g. MODEL: model-a' })
    .transform(String)
    .refine((v) => v.length <= 4096, { error: 'an env value is at most 4096 characters' });
const CANDIDATES_MAX = 16;
/** The coding-agent CLIs bakeoff runs itself from the npm registry (runner/agents/presets). */
const PRESET_NAMES = ['claude-code', 'codex'];
const presetName = schemas/* enum */.k5n(PRESET_NAMES, { error: `preset is one of ${PRESET_NAMES.join(', ')}` });
// An exact version as the registry names it: a range would make two runs of one suite run different agents.
const presetVersion = schemas/* string */.YjP({ error: 'version is an exact version in quotes, e.g. "2.1.332"' })
    .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, { error: 'version is an exact version such as "2.1.332" (not a range); leave it out for the latest' });
const presetModel = schemas/* string */.YjP({ error: 'model is the model name the agent is given, e.g. claude-sonnet-4-5' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,127}$/, {
    error: 'model is a model name of letters, digits and . _ : / @ - (at most 128), e.g. claude-sonnet-4-5',
});
const candidate = schemas/* strictObject */.rej({
    name: fields_name('candidate'),
    env: schemas/* record */.g1P(schemas/* string */.YjP().regex(CANDIDATE_ENV_NAME, { error: 'env keys are variable names such as MODEL' }), envValue, {
        error: 'env maps variable names to values, e.g. { MODEL: model-a }',
    })
        .refine((env) => !Object.keys(env).some((k) => k.startsWith('BAKEOFF_')), { error: 'BAKEOFF_* variables are set by bakeoff itself' })
        .default({}),
    host_env: schemas/* array */.YOg(schemas/* string */.YjP().regex(suite_ENV_NAME, { error: 'host_env entries are variable names such as OTHER_API_KEY (their values come from the host)' }), {
        error: 'host_env is a list of variable names, e.g. [OTHER_API_KEY]',
    })
        .default([]),
    command: schemas/* string */.YjP().min(1, { error: 'command must not be empty; leave it out to use agent.command' }).optional(),
    mount: schemas/* string */.YjP({ error: 'mount is a directory relative to the suite file, e.g. ./agent-b' }).optional(),
    setup: schemas/* string */.YjP().optional(),
    preset: presetName.optional(),
    version: presetVersion.optional(),
    model: presetModel.optional(),
}, { error: 'a candidate is { name, env?, host_env?, command?, mount?, setup? } or, for a preset agent, { name, preset?, version?, model? }' });
const suite_image = schemas/* string */.YjP({ error: 'image must be a string, e.g. busybox:1.36' }).min(1, { error: 'image must not be empty, e.g. busybox:1.36' });
const suiteSchema = schemas/* strictObject */.rej({
    name: fields_name('suite'),
    agent: schemas/* strictObject */.rej({
        command: nonEmptyString('agent.command', 'sh /agent/solve.sh').optional(),
        preset: presetName.optional(),
        version: presetVersion.optional(),
        model: presetModel.optional(),
        mount: schemas/* string */.YjP({ error: 'mount is a directory relative to the suite file, e.g. ./agent' }).optional(),
        env: schemas/* array */.YOg(schemas/* string */.YjP().regex(suite_ENV_NAME, {
            error: 'env entries are variable names such as MODEL_API_KEY, or OPTIONAL_NAME? for one that may be unset (values never go in files)',
        }), {
            error: 'env is a list of variable names, e.g. [MODEL_API_KEY]',
        })
            .default([]),
        setup: schemas/* string */.YjP().optional(),
    }, {
        error: 'agent is required — give agent.command (your own agent), e.g. { command: sh /agent/solve.sh }, or a preset, e.g. { preset: claude-code }',
    }),
    defaults: schemas/* strictObject */.rej({
        image: suite_image.optional(),
        trials: trials.optional(),
        workdir: absPath('/work').optional(),
        timeouts: timeouts.optional(),
    })
        .default({}),
    candidates: schemas/* array */.YOg(candidate, { error: 'candidates is a list, e.g. [{ name: model-a, env: { MODEL: model-a } }]' })
        .min(1, { error: 'candidates must name at least one candidate, or be left out' })
        .max(CANDIDATES_MAX, { error: `at most ${CANDIDATES_MAX} candidates (each is a full run of the suite)` })
        .optional(),
    tasks_from: schemas/* strictObject */.rej({ harbor: schemas/* string */.YjP({ error: 'harbor is a directory of Harbor task directories, relative to the suite file, e.g. ./tasks' }) }, { error: 'tasks_from takes { harbor: ./tasks } — a directory of Harbor task directories' })
        .optional(),
    tasks: schemas/* array */.YOg(schemas/* strictObject */.rej({
        id: fields_name('task id'),
        instruction: nonEmptyString('instruction', 'Write hello into /work/out.txt'),
        setup: schemas/* string */.YjP().optional(),
        verify: nonEmptyString('verify', 'grep -qx hello /work/out.txt'),
        image: suite_image.optional(),
        trials: trials.optional(),
        workdir: absPath('/work').optional(),
        timeouts: timeouts.optional(),
    }), { error: 'tasks is a list of tasks, each with id, instruction and verify' })
        .optional(),
})
    // Also when other keys are wrong (`when`): the raw tasks may be malformed, so each is checked before use.
    .superRefine((s, ctx) => {
    const raw = (s ?? {});
    agentProblems(raw.agent).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }));
    candidateProblems(raw.candidates, raw.agent?.env).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }));
    candidateKindProblems(raw.candidates, raw.agent).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }));
    const tasks = Array.isArray(raw.tasks) ? raw.tasks : [];
    if (tasks.length === 0 && !raw.tasks_from) {
        ctx.addIssue({
            code: 'custom',
            path: ['tasks'],
            message: 'no tasks — add tasks (each with id, instruction and verify) or tasks_from: { harbor: ./tasks }',
        });
    }
    const defaultImage = raw.defaults?.image;
    const seen = new Map();
    tasks.forEach((t, i) => {
        const task = (t ?? {});
        if (typeof task.id === 'string') {
            const first = seen.get(task.id);
            if (first !== undefined) {
                ctx.addIssue({
                    code: 'custom',
                    path: ['tasks', i, 'id'],
                    message: `duplicate task id "${task.id}" (also tasks[${first}].id) — task ids must be unique`,
                });
            }
            else
                seen.set(task.id, i);
        }
        if (!task.image && !defaultImage) {
            ctx.addIssue({ code: 'custom', path: ['tasks', i, 'image'], message: 'no image — set tasks[].image or defaults.image, e.g. busybox:1.36' });
        }
    });
}, { when: () => true });
/** An agent is either the suite's own command or a preset, and a preset's keys go with a preset only. */
function agentProblems(agent) {
    if (!agent || typeof agent !== 'object')
        return [];
    if (agent.command === undefined && agent.preset === undefined)
        return [
            {
                path: ['agent'],
                message: 'agent needs command (your own agent, e.g. sh /agent/solve.sh) or preset (one of ' + PRESET_NAMES.join(', ') + ')',
            },
        ];
    if (agent.command !== undefined && agent.preset !== undefined)
        return [
            {
                path: ['agent', 'preset'],
                message: 'agent takes command or preset, not both — drop command to run the preset, or preset to run your command',
            },
        ];
    if (agent.preset !== undefined)
        return agent.mount !== undefined
            ? [
                {
                    path: ['agent', 'mount'],
                    message: 'a preset brings its own files — drop mount (a preset agent takes preset, version, model, env, setup)',
                },
            ]
            : [];
    return ['version', 'model']
        .filter((k) => agent[k] !== undefined)
        .map((k) => ({
        path: ['agent', k],
        message: `${k} goes with a preset (e.g. preset: claude-code) — for your own command, pass it in the command or env`,
    }));
}
/** A candidate refines the suite's agent in its own terms: a command agent's command and mount, a preset's preset, version and model. */
function candidateKindProblems(candidates, agent) {
    if (!Array.isArray(candidates) || !agent || typeof agent !== 'object')
        return [];
    const preset = agent.preset !== undefined;
    const foreign = preset ? ['command', 'mount'] : ['preset', 'version', 'model'];
    return candidates.flatMap((c, i) => c && typeof c === 'object'
        ? foreign
            .filter((k) => c[k] !== undefined)
            .map((k) => ({
            path: ['candidates', i, k],
            message: preset
                ? `the suite's agent is a preset: a candidate sets preset, version or model, not ${k}`
                : `${k} refines a preset agent, and the suite's agent is a command — set agent.preset, or drop ${k}`,
        }))
        : []);
}
/** Two candidates of one name, and a candidate setting a variable the agent already takes from the host. */
function candidateProblems(candidates, agentEnv) {
    if (!Array.isArray(candidates))
        return [];
    const fromHost = new Set(Array.isArray(agentEnv) ? agentEnv.map((n) => String(n).replace(/\?$/, '')) : []);
    const seen = new Map();
    return candidates.flatMap((c, i) => {
        const out = [];
        if (typeof c?.name === 'string') {
            const first = seen.get(c.name);
            if (first !== undefined)
                out.push({
                    path: ['candidates', i, 'name'],
                    message: `duplicate candidate "${c.name}" (also candidates[${first}].name) — names must be unique`,
                });
            else
                seen.set(c.name, i);
        }
        if (c?.env && typeof c.env === 'object')
            for (const key of Object.keys(c.env).filter((k) => fromHost.has(k)))
                out.push({
                    path: ['candidates', i, 'env', key],
                    message: `${key} is passed from the host by agent.env — a candidate may not also set it (remove it from one of them)`,
                });
        return out;
    });
}
/** The overrides, later layers winning, and where each winning one was written (`at`: a phase's key path in that layer). */
function timeoutOverrides(layers) {
    const timeouts = {};
    const timeoutFrom = {};
    for (const { at, t } of layers)
        for (const [phase, key] of [
            ['setup', 'setupMs'],
            ['agent', 'agentMs'],
            ['verify', 'verifyMs'],
        ]) {
            if (t?.[phase] === undefined)
                continue;
            timeouts[key] = t[phase];
            timeoutFrom[key] = at(phase);
        }
    return { timeouts, timeoutFrom };
}
function toSuite(s, path, sha256, mountDir, harbor, candidateMounts = new Map()) {
    const d = s.defaults;
    return {
        name: s.name,
        path,
        sha256,
        agent: toAgent(s.agent, mountDir),
        tasks: [
            ...(s.tasks ?? []).map((t, i) => ({
                id: t.id,
                instruction: t.instruction,
                ...(t.setup ? { setup: t.setup } : {}),
                verify: t.verify,
                image: (t.image ?? d.image),
                trials: t.trials ?? d.trials ?? 1,
                workdir: t.workdir ?? d.workdir ?? '/work',
                ...timeoutOverrides([
                    { at: (phase) => `defaults.timeouts.${phase}`, t: d.timeouts },
                    { at: (phase) => `tasks[${i}].timeouts.${phase} (task ${JSON.stringify(t.id)})`, t: t.timeouts },
                ]),
            })),
            // a Harbor task's own timeouts (task.toml) over the suite's defaults, as a suite task's own do
            ...(harbor?.tasks ?? []).map((t) => {
                const defaults = timeoutOverrides([{ at: (phase) => `defaults.timeouts.${phase}`, t: d.timeouts }]);
                return {
                    ...t,
                    trials: d.trials ?? 1,
                    timeouts: { ...defaults.timeouts, ...t.timeouts },
                    timeoutFrom: { ...defaults.timeoutFrom, ...t.timeoutFrom },
                };
            }),
        ],
        skipped: harbor?.skipped ?? [],
        candidates: (s.candidates ?? []).map((c) => ({
            name: c.name,
            env: c.env,
            hostEnv: c.host_env,
            ...(c.command ? { command: c.command } : {}),
            ...(c.mount ? { mount: c.mount, mountDir: candidateMounts.get(c.name) } : {}),
            ...(c.setup ? { setup: c.setup } : {}),
            ...(c.preset ? { preset: c.preset } : {}),
            ...(c.version ? { version: c.version } : {}),
            ...(c.model ? { model: c.model } : {}),
        })),
    };
}
/** The suite's own variables and the preset's key (by name, masked as every agent.env variable is). */
function withPresetEnv(preset, env, previous) {
    const dropped = previous && previous !== preset ? PRESETS[previous].secretEnv : [];
    return [...new Set([...env.filter((n) => !dropped.includes(n)), ...PRESETS[preset].secretEnv])];
}
function toAgent(a, mountDir) {
    const env = a.env.map((n) => n.replace(/\?$/, ''));
    const optionalEnv = a.env.filter((n) => n.endsWith('?')).map((n) => n.slice(0, -1));
    const setup = a.setup ? { setup: a.setup } : {};
    if (a.preset)
        return {
            kind: 'preset',
            preset: a.preset,
            ...(a.version ? { version: a.version } : {}),
            ...(a.model ? { model: a.model } : {}),
            env: withPresetEnv(a.preset, env),
            optionalEnv,
            ...setup,
        };
    return { kind: 'command', command: a.command, env, optionalEnv, ...(mountDir ? { mountDir } : {}), ...setup };
}
/**
 * The suite as one candidate runs it: a command agent, the candidate's overrides over the suite's
 * own; host variables by name only, as the agent's. Candidates refine the suite's command agent.
 */
function withCandidate(suite, c) {
    const agent = suite.agent;
    if (agent.kind === 'oracle')
        throw new Error('a candidate refines a command or preset agent, not the oracle');
    const names = c.hostEnv.map((n) => n.replace(/\?$/, ''));
    const shared = {
        ...(c.setup ? { setup: c.setup } : {}),
        env: [...new Set([...agent.env, ...names])],
        optionalEnv: [...agent.optionalEnv, ...c.hostEnv.filter((n) => n.endsWith('?')).map((n) => n.slice(0, -1))],
        candidate: { name: c.name, values: c.env },
    };
    if (agent.kind === 'preset') {
        // Another preset's version means nothing for this one: switching preset drops the suite's pin.
        const version = c.version ?? (c.preset && c.preset !== agent.preset ? undefined : agent.version);
        const { version: _pinned, bundle: _fetched, ...rest } = agent;
        const preset = c.preset ?? agent.preset;
        return {
            ...suite,
            agent: {
                ...rest,
                ...shared,
                env: withPresetEnv(preset, shared.env, agent.preset),
                preset,
                ...(version ? { version } : {}),
                ...(c.model ? { model: c.model } : {}),
            },
        };
    }
    return { ...suite, agent: { ...agent, ...shared, command: c.command ?? agent.command, ...(c.mountDir ? { mountDir: c.mountDir } : {}) } };
}

;// CONCATENATED MODULE: ./src/config/load.ts
/** Reads profile and suite files: YAML → zod → typed config, or a ConfigError naming file, key path and fix. */









function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
function readText(file, what) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? String(err)})`;
        throw new errors_ConfigError(file, [{ path: '', message: why, fix: `pass the path of a ${what} YAML file` }]);
    }
}
function parseYaml(file, text) {
    const lines = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { prettyErrors: true, uniqueKeys: true, lineCounter: lines });
    if (doc.errors.length > 0) {
        throw new errors_ConfigError(file, doc.errors.map((e) => ({
            path: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '',
            message: `invalid YAML: ${e.message.split('\n')[0]}`,
            fix: e.code === 'DUPLICATE_KEY' ? 'remove the repeated key' : 'fix the YAML syntax (indentation, quotes, colons)',
        })));
    }
    try {
        // maxAliasCount guards against alias bombs ("billion laughs").
        return { doc, lines, data: doc.toJS({ maxAliasCount: 100 }) };
    }
    catch (err) {
        throw new errors_ConfigError(file, [
            {
                path: '',
                message: `invalid YAML: ${err.message.split('\n')[0]}`,
                fix: 'define each anchor (&name) before its alias (*name), and keep aliases few',
            },
        ]);
    }
}
/** Every problem of the file in one pass: the schema's, then `extra` checks on the raw data. */
function parseWith(schema, file, text, extra = () => []) {
    const src = parseYaml(file, text);
    const result = schema.safeParse(src.data);
    const problems = [...(result.success ? [] : zodProblems(result.error, schema, src)), ...extra(src.data)];
    if (problems.length || !result.success)
        throw new errors_ConfigError(file, problems);
    return result.data;
}
/** Parses a profile's text; `file` only names it in errors. */
function parseProfile(file, text) {
    return { value: toProfile(parseWith(profileSchema, file, text)), text, sha256: sha256(text) };
}
function loadProfile(file) {
    return parseProfile(file, readText(file, 'profile'));
}
function loadSuite(file) {
    return parseSuite(file, readText(file, 'suite'));
}
/** Parses a suite's text; the agent mount and a Harbor task directory resolve against `file`'s directory and must exist. */
function parseSuite(file, text) {
    const raw = (data) => (data ?? {});
    const parsed = parseWith(suiteSchema, file, text, (data) => {
        const { agent, tasks_from, candidates } = raw(data);
        const mount = typeof agent?.mount === 'string' ? checkMount(file, agent.mount) : undefined;
        const harbor = typeof tasks_from?.harbor === 'string' ? checkHarborDir(file, tasks_from.harbor) : undefined;
        const candidateMounts = (Array.isArray(candidates) ? candidates : []).map((c, i) => typeof c?.mount === 'string' ? checkMount(file, c.mount, `candidates[${i}].mount`) : undefined);
        return [mount, harbor, ...candidateMounts].flatMap((c) => (c && 'problem' in c ? [c.problem] : []));
    });
    const checked = parsed.agent.mount === undefined ? undefined : checkMount(file, parsed.agent.mount);
    const mountDir = checked && 'dir' in checked ? checked.dir : undefined;
    const harborDir = parsed.tasks_from ? checkHarborDir(file, parsed.tasks_from.harbor) : undefined;
    const harbor = harborDir && 'dir' in harborDir
        ? loadHarborTasks(harborDir.dir, parsed.agent.env.map((n) => n.replace(/\?$/, '')))
        : undefined;
    // A Harbor suite's meaning is in its task directories too: they are part of its hash.
    const digest = sha256(harbor ? `${text}\0${harbor.digest}` : text);
    const candidateMounts = new Map((parsed.candidates ?? []).flatMap((c, i) => {
        const checked = c.mount === undefined ? undefined : checkMount(file, c.mount, `candidates[${i}].mount`);
        return checked && 'dir' in checked ? [[c.name, checked.dir]] : [];
    }));
    const suite = toSuite(parsed, file, digest, mountDir, harbor, candidateMounts);
    const ids = new Set();
    const doubled = suite.tasks.filter((t) => ids.size === ids.add(t.id).size).map((t) => t.id);
    if (doubled.length) {
        throw new errors_ConfigError(file, [
            {
                path: 'tasks_from.harbor',
                message: `task ids both in tasks and in the Harbor directory: ${doubled.join(', ')}`,
                fix: 'rename one of each pair',
            },
        ]);
    }
    if (suite.tasks.length === 0) {
        throw new errors_ConfigError(file, [
            {
                path: 'tasks_from.harbor',
                message: `no task can run here: ${suite.skipped.map((t) => `${t.id} ${t.reason}`).join('; ') || 'the directory holds no task directory'}`,
                fix: 'add a task bakeoff can run (a Dockerfile or docker_image, no compose, no GPUs)',
            },
        ]);
    }
    return { value: suite, text, sha256: digest };
}
function checkHarborDir(file, dir) {
    return checkDirectory(file, dir, 'tasks_from.harbor', 'give the directory of Harbor task directories inside the repository, e.g. ./tasks');
}

;// CONCATENATED MODULE: ./src/app/session.ts
/** What every verb that runs trials starts with: the suite and profile loaded, then an engine that answers. */






function loadConfigs(files) {
    const loaded = loadSuite(files.suite);
    const suite = files.build ? forceBuild(loaded) : loaded;
    const profile = loadProfile(files.profile);
    checkTimeouts(suite.value, profile.value, files.profile);
    return { suite: files.agent ? withAgent(suite, files.agent) : suite, profile };
}
function withAgent(suite, agent) {
    if (agent === 'oracle')
        return asOracle(suite);
    throw new errors_ConfigError(suite.value.path, [
        {
            path: 'agent',
            message: `--agent ${agent}: unknown agent`,
            fix: "use --agent oracle (each task's solution), or leave it out for the suite's agent",
        },
    ]);
}
/** Files first, so a bad file is reported without an engine; then the engine (NoEngineError when none answers). */
async function openSession(files, log) {
    const configs = loadConfigs(files);
    const kept = files.build ? keptImages(configs.suite.value) : [];
    if (kept.length)
        log(`bakeoff: --build: ${kept.length} Harbor task(s) have no environment/Dockerfile and keep their docker_image: ` +
            kept
                .slice(0, 5)
                .map((t) => t.id)
                .join(', ') +
            (kept.length > 5 ? ` and ${kept.length - 5} more` : ''));
    return { ...configs, backend: await connectEngine(log) };
}

// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 302 modules
var artifact = __webpack_require__(91252);
;// CONCATENATED MODULE: ./src/github/artifacts.ts
/** Results and reports as workflow artifacts, through @actions/artifact. */





const artifactName = {
    results: (suite, profile) => `bakeoff-results-${markerPart(suite)}-${markerPart(profile)}`,
    baseline: (suite, profile) => `bakeoff-baseline-${markerPart(suite)}-${markerPart(profile)}`,
    report: (suite, profile) => `bakeoff-report-${markerPart(suite)}-${markerPart(profile)}`,
    /** One shard's head (and rerun base) results; the reusable workflow's compare job merges every `bakeoff-shard-*`. */
    shard: (suite, profile, shard) => `bakeoff-shard-${markerPart(suite)}-${markerPart(profile)}-${shard.index}of${shard.count}`,
};
function actionsArtifactStore(opts) {
    const client = new artifact/* DefaultArtifactClient */.t9();
    const findBy = (runId) => ({ token: opts.token, workflowRunId: runId, repositoryOwner: opts.owner, repositoryName: opts.repo });
    return {
        async upload(name, files, rootDir) {
            await client.uploadArtifact(name, files, rootDir, { retentionDays: 90 });
        },
        async downloadFromRun(name, runId, dir) {
            const { artifacts } = await client.listArtifacts({ latest: true, findBy: findBy(runId) });
            const found = artifacts.find((a) => a.name === name);
            if (!found)
                return false;
            await client.downloadArtifact(found.id, { path: dir, findBy: findBy(runId) });
            return true;
        },
    };
}
/** Copies files (name in the artifact → path) into one folder and uploads it; a failed upload is a warning, not a failed job. */
async function uploadFiles(store, name, files, dir) {
    const root = (0,external_node_path_.join)(dir, name);
    (0,external_node_fs_.mkdirSync)(root, { recursive: true });
    const paths = Object.entries(files).map(([as, from]) => {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(root, as)), { recursive: true });
        (0,external_node_fs_.copyFileSync)(from, (0,external_node_path_.join)(root, as));
        return (0,external_node_path_.join)(root, as);
    });
    try {
        await store.upload(name, paths, root);
        lib_core/* info */.pq(`bakeoff: uploaded artifact ${name}`);
    }
    catch (err) {
        lib_core/* warning */.$e(`bakeoff: could not upload artifact ${name}: ${err.message}`);
    }
}
/** A sweep's or a ranking's outputs: its Markdown as the job summary, and every file it wrote as one artifact. */
async function publishStudy(store, study, dir) {
    await lib_core/* summary */.z.addRaw((0,external_node_fs_.readFileSync)(study.markdown, 'utf8'), true).write();
    const name = `bakeoff-${study.kind}-${markerPart(study.suite)}-${markerPart(study.profile)}`;
    await uploadFiles(store, name, Object.fromEntries(study.files.map((f) => [(0,external_node_path_.basename)(f), f])), dir);
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(81260);
;// CONCATENATED MODULE: ./src/github/baseline.ts
/** Where the base branch's results come from: an artifact of the latest push run, a rerun in a worktree, a path, or nowhere. */






function parseBaselineMode(value) {
    return ['auto', 'artifact', 'rerun', 'none'].includes(value) ? value : { path: value };
}
/** How far back along the base branch a baseline is looked for. */
const MAX_ANCESTORS = 20;
/**
 * The results artifact of a successful push run of `workflowId` at the PR's base commit — else at
 * the nearest of its first MAX_ANCESTORS ancestors, with how many commits it is behind. Artifacts
 * expire (90 days by default): past that, there is none, and `baseline: auto` reruns the base.
 */
async function baselineFromArtifact(octokit, store, where, base, names, log, limits) {
    const repo = { owner: where.owner, repo: where.repo };
    const name = artifactName.results(names.suite, names.profile);
    const listed = await octokit.rest.repos
        .listCommits({ ...repo, sha: base.sha, per_page: MAX_ANCESTORS + 1 })
        .catch(() => ({ data: [] }));
    const history = [base.sha, ...listed.data.map((c) => c.sha).filter((sha) => sha !== base.sha)].slice(0, MAX_ANCESTORS + 1);
    for (const [behind, sha] of history.entries()) {
        const runs = await octokit.rest.actions.listWorkflowRuns({
            ...repo,
            workflow_id: where.workflowId,
            event: 'push',
            status: 'success',
            head_sha: sha,
            per_page: 5,
        });
        for (const run of runs.data.workflow_runs) {
            const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'bakeoff-baseline-'));
            if (!(await store.downloadFromRun(name, run.id, dir)))
                continue;
            const at = behind === 0 ? "the PR's base commit" : `${behind} commit${behind === 1 ? '' : 's'} behind the PR's base ${base.sha.slice(0, 7)}`;
            log(`bakeoff: baseline: artifact ${name} of push run ${run.id} at ${sha.slice(0, 7)}, ${at}`);
            return {
                results: io_readResults((0,external_node_path_.join)(dir, 'results.json'), limits),
                source: `push run ${run.id} at ${sha.slice(0, 7)}, ${at}`,
                commit: sha,
                behind,
            };
        }
    }
    return {
        results: null,
        reason: `No ${name} artifact of a successful push run at the PR's base ${base.sha.slice(0, 7)} ` +
            `or its ${history.length - 1} ancestors on ${base.branch} (artifacts expire after 90 days by default).`,
    };
}
function baselineFromPath(path) {
    const results = io_readResults(path);
    const sha = results.run.ref.sha;
    return { results, source: sha ? `${path} (results of ${sha.slice(0, 7)})` : path };
}
/**
 * A worktree of the base commit, for running the base branch's suite and profile next to the head's.
 * Fetches the commit when a shallow checkout does not have it.
 */
async function baseWorktree(workspace, baseSha, log) {
    const git = (...args) => (0,exec/* getExecOutput */.H)('git', ['-C', workspace, ...args], { silent: true, ignoreReturnCode: true });
    if ((await git('cat-file', '-e', `${baseSha}^{commit}`)).exitCode !== 0) {
        log(`bakeoff: fetching base commit ${baseSha.slice(0, 7)}`);
        await mustSucceed(git('fetch', '--no-tags', '--depth=1', 'origin', baseSha));
    }
    const dir = (0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'bakeoff-base-')), 'tree');
    await mustSucceed(git('worktree', 'add', '--detach', dir, baseSha));
    return dir;
}
async function mustSucceed(run) {
    const out = await run;
    if (out.exitCode !== 0)
        throw new Error(`git failed (exit ${out.exitCode}): ${out.stderr.trim().split('\n').at(-1) ?? ''}`);
}
/** The same file in the base worktree, or undefined when the base does not have it. */
function inWorktree(workspace, worktree, file) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), (0,external_node_path_.resolve)(file));
    const there = (0,external_node_path_.join)(worktree, rel);
    return (0,external_node_fs_.existsSync)(there) ? there : undefined;
}

;// CONCATENATED MODULE: ./src/github/context.ts
/** What the Action needs to know about the event it runs for. Read from the runner's environment and event payload. */

function readContext(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = Number(env.GITHUB_RUN_ID ?? 0);
    const pr = payload.pull_request;
    const fullName = payload.repository?.full_name ?? `${owner}/${repo}`;
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId,
        runUrl: `${server}/${owner}/${repo}/actions/runs/${runId}`,
        ...(pr
            ? {
                pr: {
                    number: pr.number,
                    headSha: pr.head.sha,
                    headRef: pr.head.ref,
                    baseRef: pr.base.ref,
                    baseSha: pr.base.sha,
                    fromFork: (pr.head.repo?.full_name ?? '') !== fullName,
                },
            }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/github/inputs.ts
/** The Action's inputs (docs/design.md §10), validated with zod: a bad input fails with one clear message. */


const bool = (name) => schemas/* string */.YjP()
    .transform((v) => v.trim().toLowerCase())
    .refine((v) => ['true', 'false', ''].includes(v), { message: `${name} must be true or false` })
    .transform((v) => v === 'true');
const optionalPath = schemas/* string */.YjP().transform((v) => v.trim() || undefined);
/** The inputs that each select a mode, in the order a clash is told; any two of them exclude each other. */
const MODE_INPUTS = {
    postReport: "posts a fork's report",
    shard: 'runs one shard of the suite',
    candidates: 'runs a ranking',
    multipliers: 'runs a sweep',
    results: 'compares a results file made earlier',
};
/** Every pair of mode-selecting inputs given together, as one message each naming both. */
function modeClashes(given) {
    const set = Object.keys(MODE_INPUTS).filter((k) => given[k] !== undefined);
    return set.flatMap((a, i) => set.slice(i + 1).map((b) => `${INPUT_NAMES[a]} ${MODE_INPUTS[a]}; it cannot be combined with ${INPUT_NAMES[b]}`));
}
function modeOf(i) {
    if (i.postReport)
        return { kind: 'post-report', dir: i.postReport };
    if (i.candidates)
        return { kind: 'rank', candidates: i.candidates, multipliers: i.rankMultipliers, gate: parseRankGate(i) };
    if (i.multipliers)
        return { kind: 'sweep', multipliers: i.multipliers };
    if (i.shard)
        return { kind: 'shard', shard: i.shard };
    return { kind: 'gate', results: i.results };
}
const rawSchema = commonOptionsSchema('input', { multipliers: 'sweep' }).extend({
    suite: schemas/* string */.YjP(),
    profile: schemas/* string */.YjP(),
    failOnInconclusive: bool('fail-on-inconclusive'),
    allowMissingImages: bool('allow-missing-images'),
    build: bool('build'),
    failOnPostError: bool('fail-on-post-error'),
    baseline: schemas/* string */.YjP().transform((v) => v.trim() || 'auto'),
    results: optionalPath,
    comment: bool('comment'),
    checkRun: bool('check-run'),
    githubToken: schemas/* string */.YjP(),
    postReport: optionalPath,
    agent: schemas/* string */.YjP()
        .transform((v) => v.trim() || undefined)
        .refine((v) => v === undefined || v === 'oracle', { message: "agent must be oracle (each Harbor task's own solution) or empty" }),
    candidates: schemas/* string */.YjP().transform((v) => (v.trim() === '' ? undefined : v.trim() === 'all' ? 'all' : parseNames(v))),
    incumbent: schemas/* string */.YjP(),
    failIfIncumbentBeaten: bool('fail-if-incumbent-beaten'),
    failIfWorseThanIncumbent: schemas/* string */.YjP(),
});
const inputsSchema = rawSchema
    .superRefine((i, ctx) => {
    if (!i.postReport && !i.results && (!i.suite.trim() || !i.profile.trim())) {
        ctx.addIssue({ code: 'custom', message: 'suite and profile are required (or results, to compare a results file made earlier)' });
    }
    for (const message of modeClashes(i))
        ctx.addIssue({ code: 'custom', message });
})
    .transform((i) => ({ ...i, ...parseRankGate(i), mode: modeOf(i) }));
/** Each input's key here and its name in action.yml; `sweep` is the Action's name for the multipliers list. */
const INPUT_NAMES = {
    suite: 'suite',
    profile: 'profile',
    trials: 'trials',
    concurrency: 'concurrency',
    multiplier: 'multiplier',
    multipliers: 'sweep',
    alpha: 'alpha',
    maxDrop: 'max-drop',
    maxInfraErrorRate: 'max-infra-error-rate',
    maxCostIncrease: 'max-cost-increase',
    failOnInconclusive: 'fail-on-inconclusive',
    allowMissingImages: 'allow-missing-images',
    build: 'build',
    failOnPostError: 'fail-on-post-error',
    baseline: 'baseline',
    results: 'results',
    comment: 'comment',
    checkRun: 'check-run',
    githubToken: 'github-token',
    postReport: 'post-report',
    shard: 'shard',
    agent: 'agent',
    candidates: 'candidates',
    rankMultipliers: 'rank-multipliers',
    incumbent: 'incumbent',
    failIfIncumbentBeaten: 'fail-if-incumbent-beaten',
    failIfWorseThanIncumbent: 'fail-if-worse-than-incumbent',
};
/** Reads every input through `get` (core.getInput in the Action) and validates them together. */
function readInputs(get) {
    const raw = Object.fromEntries(Object.entries(INPUT_NAMES).map(([k, name]) => [k, get(name)]));
    const parsed = inputsSchema.safeParse(raw);
    if (parsed.success)
        return { inputs: parsed.data };
    return { error: `bakeoff: invalid input: ${parsed.error.issues.map((i) => i.message).join('; ')}` };
}

;// CONCATENATED MODULE: ./src/github/mask.ts

/** Values of the variables a suite passes to its agent are masked in the Actions log. */
function maskSecrets(suite) {
    for (const name of suite.agent.env)
        if (process.env[name])
            lib_core/* setSecret */.Pq(process.env[name]);
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/github/octokit.ts
/**
 * The GitHub client: @actions/github's Octokit with the maintained retry (5xx, network) and
 * throttling (primary and secondary rate limits, 403/429 with retry-after) plugins.
 */



const RATE_LIMIT_RETRIES = 3;
function octokitFor(token, log = () => undefined) {
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const where = `${options.method} ${options.url}`;
        if (retryCount >= RATE_LIMIT_RETRIES) {
            log(`bakeoff: GitHub ${kind} on ${where}: giving up after ${RATE_LIMIT_RETRIES} retries`);
            return false;
        }
        log(`bakeoff: GitHub ${kind} on ${where}: retrying in ${retryAfter}s (${retryCount + 1}/${RATE_LIMIT_RETRIES})`);
        return true;
    };
    return github/* getOctokit */.Q(token, {
        throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
        retry: { retries: 3 },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** A 403 that refuses the permission (a fork's read-only token), as opposed to a rate limit, which is retried. */
function isPermissionRefusal(err) {
    const e = err;
    if (e?.status !== 403)
        return false;
    const headers = e.response?.headers ?? {};
    if (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0')
        return false;
    return !/rate limit/i.test(e.message ?? '');
}

;// CONCATENATED MODULE: ./src/github/checks.ts


const MAX_ANNOTATIONS_PER_REQUEST = 50;
const MAX_CHECK_SUMMARY = 65_535;
/** Line (1-based) where a task's id is declared in the suite file, or 1. */
function taskLine(suiteText, taskId) {
    const lines = suiteText.split('\n');
    const re = new RegExp(`^\\s*-?\\s*id:\\s*["']?${taskId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*(#.*)?$`);
    const i = lines.findIndex((l) => re.test(l));
    return i >= 0 ? i + 1 : 1;
}
/** One annotation per task that got worse, at its line in the suite file. */
function regressionAnnotations(v, suitePath, suiteText) {
    return v.tasks
        .filter((r) => r.status === 'paired' && r.delta !== null && r.delta < 0)
        .sort((a, b) => a.delta - b.delta)
        .map((r) => {
        const line = suiteText ? taskLine(suiteText, r.task) : 1;
        return {
            path: suitePath,
            start_line: line,
            end_line: line,
            annotation_level: v.verdict === 'regression' ? 'failure' : 'warning',
            // Annotations are plain text: no Markdown to escape, but no control characters or runaway lengths either.
            title: `${escapeTerminal(r.task, 200)}: success ${Math.round(r.delta * 100)} pts`,
            message: `base ${taskCountsText(r.base)} → head ${taskCountsText(r.head)}`,
        };
    });
}
async function postCheckRun(octokit, where, opts) {
    const summary = opts.summary.length > MAX_CHECK_SUMMARY ? opts.summary.slice(0, MAX_CHECK_SUMMARY - 1) + '…' : opts.summary;
    const batches = [];
    for (let i = 0; i < opts.annotations.length; i += MAX_ANNOTATIONS_PER_REQUEST)
        batches.push(opts.annotations.slice(i, i + MAX_ANNOTATIONS_PER_REQUEST));
    const output = (annotations) => ({ title: opts.title, summary, ...(annotations.length ? { annotations } : {}) });
    const created = await octokit.rest.checks.create({
        ...where,
        name: opts.name,
        head_sha: opts.headSha,
        status: 'completed',
        conclusion: opts.conclusion,
        completed_at: new Date().toISOString(),
        ...(opts.detailsUrl ? { details_url: opts.detailsUrl } : {}),
        output: output(batches[0] ?? []),
    });
    for (const batch of batches.slice(1)) {
        await octokit.rest.checks.update({ ...where, check_run_id: created.data.id, output: output(batch) });
    }
    return created.data.id;
}

;// CONCATENATED MODULE: ./src/github/comment.ts
/** GITHUB_TOKEN writes as this bot, and cannot ask GET /user who it is. */
const ACTIONS_BOT = 'github-actions[bot]';
/** The login the token writes comments as: its user (a personal token), else the Actions bot. */
async function tokenIdentity(octokit) {
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch {
        return ACTIONS_BOT;
    }
}
async function upsertStickyComment(octokit, where, issueNumber, marker, body) {
    const me = await tokenIdentity(octokit);
    let existing;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...where, issue_number: issueNumber, per_page: 100 })) {
        const found = page.data.find((c) => c.body?.startsWith(marker) && c.user?.login === me && !c.minimized);
        if (found) {
            existing = found.id;
            break;
        }
    }
    if (existing !== undefined) {
        await octokit.rest.issues.updateComment({ ...where, comment_id: existing, body });
        return { action: 'updated', id: existing };
    }
    const created = await octokit.rest.issues.createComment({ ...where, issue_number: issueNumber, body });
    return { action: 'created', id: created.data.id };
}

;// CONCATENATED MODULE: ./src/github/publish.ts
/** Posting a report: the sticky comment and the check run. */





async function publishReport(octokit, where, ctx, 
// advisory: results someone else's workflow produced (a fork's): the check is never `success`, and no annotation points into the repository.
inputs, r) {
    const pr = ctx.pr;
    if (inputs.comment) {
        const res = await upsertStickyComment(octokit, where, pr.number, r.markerText, r.report);
        lib_core/* info */.pq(`bakeoff: ${res.action} comment ${res.id} on #${pr.number}`);
    }
    if (inputs.checkRun) {
        const kind = r.verdict?.verdict ?? 'none';
        const conclusion = conclusionFor(kind, inputs.failOnInconclusive, r.verdict);
        const id = await postCheckRun(octokit, where, {
            name: `bakeoff: ${escapeTerminal(r.head.suite.name, 60)} × ${escapeTerminal(r.head.profile.name, 60)}`,
            headSha: pr.headSha,
            conclusion: inputs.advisory && conclusion === 'success' ? 'neutral' : conclusion,
            title: escapeTerminal(r.report.split('\n')[1]?.replace(/^#+\s*/, '') ?? `bakeoff: ${kind}`, 200),
            summary: r.report,
            annotations: r.verdict && !inputs.advisory ? regressionAnnotations(r.verdict, r.head.suite.path, r.suiteText) : [],
            detailsUrl: ctx.runUrl,
        });
        lib_core/* info */.pq(`bakeoff: check run ${id} (${kind})`);
    }
}

;// CONCATENATED MODULE: ./src/github/post-report.ts
/**
 * The `workflow_run` companion: a fork's pull-request run could not write, so it uploaded its
 * results. This runs in the base repository with a write token and never checks out PR code.
 * Everything in the fork's artifact is hostile input: the pull request is found through GitHub's
 * API from the triggering run (never from the artifact's pr.json), only the head results are read
 * from it (bounded, re-rendered, escaped), the baseline is the base repository's own artifact, and
 * the verdict is advisory — its check run is never `success`.
 */








/** At most this many report artifacts are read from one triggering run. */
const MAX_REPORTS = 20;
const MAX_PR_JSON_BYTES = 4096;
const ADVISORY = 'Advisory: these results come from a pull request from a fork and were produced by a workflow the fork controls. ' +
    "bakeoff re-rendered them and compared them with this repository's own baseline, but cannot vouch for them; the check is never a success.";
/** The report directories under `dir`: one downloaded artifact (pr.json at its top) or several. */
function reportDirs(dir) {
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'head.json')))
        return [dir];
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, d.name, 'head.json')))
        .map((d) => (0,external_node_path_.join)(dir, d.name))
        .slice(0, MAX_REPORTS);
}
function triggeringRun() {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(process.env.GITHUB_EVENT_PATH ?? '', 'utf8')).workflow_run;
    }
    catch {
        return undefined;
    }
}
/** The open pull request whose head is the run's head repository and branch, at exactly the run's commit. */
async function pullRequestOf(octokit, where, run) {
    const owner = run.head_repository?.owner?.login ?? run.head_repository?.full_name?.split('/')[0];
    if (!owner || !run.head_branch || !run.head_sha)
        return undefined;
    const { data } = await octokit.rest.pulls.list({ ...where, state: 'open', head: `${owner}:${run.head_branch}`, per_page: 20 });
    const pr = data.find((p) => p.head.sha === run.head_sha);
    if (!pr)
        return undefined;
    return { number: pr.number, headSha: pr.head.sha, headRef: pr.head.ref, baseSha: pr.base.sha, baseRef: pr.base.ref, fromFork: true };
}
/** What the fork's pr.json claims, only to warn when it disagrees with GitHub. */
function claimedNumber(dir) {
    const file = (0,external_node_path_.join)(dir, 'pr.json');
    if (!(0,external_node_fs_.existsSync)(file) || (0,external_node_fs_.statSync)(file).size > MAX_PR_JSON_BYTES)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')).number;
    }
    catch {
        return undefined;
    }
}
async function postForkReports(dir, opts) {
    const dirs = reportDirs(dir);
    if (dirs.length === 0) {
        lib_core/* info */.pq('bakeoff: post-report: the triggering run uploaded no bakeoff-report-* artifact — nothing to post (a same-repository pull request posts its own report)');
        return;
    }
    const run = triggeringRun();
    if (!run?.head_sha || !run.workflow_id) {
        lib_core/* setFailed */.C1('bakeoff: post-report runs on the workflow_run event of the bakeoff workflow; this event has no workflow_run');
        return;
    }
    const pr = await pullRequestOf(opts.octokit, opts.where, run);
    if (!pr) {
        lib_core/* warning */.$e(`bakeoff: post-report: no open pull request has ${run.head_branch} at ${run.head_sha.slice(0, 7)} as its head; nothing posted`);
        return;
    }
    const posted = new Set();
    for (const d of dirs) {
        const head = io_readResults((0,external_node_path_.join)(d, 'head.json'), UNTRUSTED_LIMITS);
        const key = marker(head.suite.name, head.profile.name);
        if (posted.has(key))
            continue; // one comment and one check run per suite × profile per triggering run
        posted.add(key);
        const claimed = claimedNumber(d);
        if (claimed !== undefined && claimed !== pr.number)
            lib_core/* warning */.$e(`bakeoff: post-report: the artifact claims PR #${String(claimed)}; GitHub says #${pr.number}, which is used`);
        await postOne(head, pr, run, opts);
    }
}
async function postOne(head, pr, run, opts) {
    const names = { suite: head.suite.name, profile: head.profile.name };
    const where = { ...opts.where, workflowId: run.workflow_id };
    const baseline = await baselineFromArtifact(opts.octokit, opts.store, where, { sha: pr.baseSha, branch: pr.baseRef }, names, (s) => lib_core/* info */.pq(s)).catch((err) => ({ results: null, reason: `Could not fetch the baseline artifact: ${err.message}` }));
    const runUrl = run.html_url ?? opts.ctx.runUrl;
    const reported = compareAndRender(head, baseline.results, {
        thresholds: opts.thresholds,
        runUrl,
        noBaselineReason: baseline.results ? '' : baseline.reason,
        baselineNote: baseline.results ? `Baseline: ${baseline.source}.` : undefined,
        advisory: ADVISORY,
    });
    await lib_core/* summary */.z.addRaw(reported.markdown, true).write();
    const ctx = { ...opts.ctx, runUrl, pr };
    await publishReport(opts.octokit, opts.where, ctx, { comment: true, checkRun: true, failOnInconclusive: opts.failOnInconclusive, advisory: true }, { verdict: reported.verdict, report: reported.markdown, markerText: marker(names.suite, names.profile), head });
    lib_core/* setOutput */.uH('verdict', reported.verdict?.verdict ?? 'none');
}

;// CONCATENATED MODULE: ./src/compare/rank.ts
/**
 * The bake-off: candidates run on the same tasks under the same caps, ranked honestly. Per
 * multiplier: each candidate's success rate over the tasks every candidate has a valid trial of,
 * two-sided paired sign-flip tests for every pair with Holm's correction (so with k candidates the
 * chance of any false "A beats B" stays ≤ α), ties with the leader, the cost/success front; across
 * multipliers, the pairs whose order flips between production caps and uncapped. Pure.
 */






const RANKING_SCHEMA = 'bakeoff.ranking/v1';
/** Holm's step-down adjustment: p_(i) · (m − i + 1), made monotone, capped at 1. Nulls stay null. */
function holm(pValues) {
    const order = pValues.map((p, i) => ({ p, i })).filter((x) => x.p !== null);
    order.sort((x, y) => x.p - y.p);
    const out = pValues.map(() => null);
    let running = 0;
    order.forEach(({ p, i }, rank) => {
        running = Math.max(running, Math.min(1, (order.length - rank) * p));
        out[i] = running;
    });
    return out;
}
/** Per task, p_a − p_b over tasks with a valid trial of both; with the denominators the exact test needs. */
function pairedDiffs(a, b) {
    const diffs = [];
    const denominators = [];
    const tasks = [];
    for (const [task, ca] of a) {
        const cb = b.get(task);
        if (ca.rate === null || !cb || cb.rate === null)
            continue;
        diffs.push(ca.rate - cb.rate);
        denominators.push(ca.trials - ca.error, cb.trials - cb.error);
        tasks.push(task);
    }
    return { diffs, denominators, tasks };
}
function twoSided(diffs, denominators) {
    const tails = signFlipBothWays(diffs, { denominators });
    return tails && Math.min(1, 2 * Math.min(tails.less, tails.greater));
}
function meanMetrics(trials) {
    const sums = new Map();
    for (const t of trials) {
        if (t.outcome === 'error')
            continue;
        for (const k in t.metrics) {
            const s = sums.get(k) ?? { sum: 0, n: 0 };
            s.sum += t.metrics[k];
            s.n++;
            sums.set(k, s);
        }
    }
    return Object.fromEntries([...sums].sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, s]) => [k, s.sum / s.n]));
}
/**
 * The names agents report a cost in dollars under, in order of preference: bakeoff's own, then
 * Claude Code's (`total_cost_usd` in its JSON result) and its camel-case form.
 */
const USD_COST_METRICS = ['cost_usd', 'total_cost_usd', 'costUSD'];
/** A dollar cost every candidate reports (by the first of the usual names they all have), else tokens (input + output), else agent time. */
function costMetricOf(metrics) {
    const usd = USD_COST_METRICS.find((name) => metrics.every((m) => m[name] !== undefined));
    if (usd)
        return usd;
    if (metrics.every((m) => m.input_tokens !== undefined && m.output_tokens !== undefined))
        return 'tokens';
    return 'agent seconds';
}
function costOf(metric, s) {
    if (USD_COST_METRICS.includes(metric))
        return s.metrics[metric] ?? null;
    if (metric === 'tokens')
        return (s.metrics.input_tokens ?? 0) + (s.metrics.output_tokens ?? 0);
    return s.medianAgentMs === null ? null : s.medianAgentMs / 1000;
}
/** The reported metrics the cost axis is made of: what a costs table must never cut. */
function costMetricParts(costMetric) {
    if (costMetric === 'tokens')
        return ['input_tokens', 'output_tokens'];
    return USD_COST_METRICS.includes(costMetric) ? [costMetric] : [];
}
/** x is significantly better than y (their pair's Holm-corrected winner). */
function beats(pairs, x, y) {
    return pairs.some((p) => p.winner === x && ((p.a === x && p.b === y) || (p.a === y && p.b === x)));
}
/** The candidates no other one beats on both success (higher) and cost (lower), with one strictly. */
function paretoFront(points) {
    const known = points.filter((p) => p.success !== null && p.cost !== null);
    return new Set(known
        .filter((p) => !known.some((q) => q !== p && q.success >= p.success && q.cost <= p.cost && (q.success > p.success || q.cost < p.cost)))
        .map((p) => p.name));
}
function rankLevel(multiplier, arms, counts, alpha) {
    const common = [...counts[0].keys()].filter((task) => counts.every((c) => (c.get(task)?.rate ?? null) !== null)).sort();
    const partial = arms.map((arm, i) => {
        const rates = common.map((t) => counts[i].get(t).rate);
        const valid = arm.results.trials.filter((t) => t.outcome !== 'error');
        const s = arm.results.summary;
        return {
            candidate: arm.candidate,
            successRate: mean(rates),
            ci95: bootstrapMeanCI(rates),
            trials: s.trials,
            infraErrorRate: s.infraErrorRate,
            limitRate: s.limitRate,
            medianAgentMs: medianOf(valid, (t) => t.agentDurationMs),
            medianCpuSeconds: medianOf(valid, (t) => t.cpuSeconds),
            medianPeakMemoryBytes: medianOf(valid, (t) => t.peakMemoryBytes),
            metrics: meanMetrics(arm.results.trials),
        };
    });
    const pairs = [];
    for (let i = 0; i < arms.length; i++)
        for (let j = i + 1; j < arms.length; j++) {
            const { diffs, denominators } = pairedDiffs(counts[i], counts[j]);
            pairs.push({
                a: arms[i].candidate,
                b: arms[j].candidate,
                tasks: diffs.length,
                delta: mean(diffs),
                pValue: twoSided(diffs, denominators),
                pHolm: null,
                winner: null,
            });
        }
    holm(pairs.map((p) => p.pValue)).forEach((adjusted, k) => {
        const p = pairs[k];
        p.pHolm = adjusted;
        if (adjusted !== null && adjusted < alpha && p.delta !== null && p.delta !== 0)
            p.winner = p.delta > 0 ? p.a : p.b;
    });
    const costMetric = costMetricOf(partial.map((p) => p.metrics));
    const withCost = partial.map((p) => ({ ...p, cost: costOf(costMetric, p) }));
    const front = paretoFront(withCost.map((p) => ({ name: p.candidate, success: p.successRate, cost: p.cost })));
    const ordered = [...withCost].sort((x, y) => (y.successRate ?? -1) - (x.successRate ?? -1) || (x.cost ?? Infinity) - (y.cost ?? Infinity) || (x.candidate < y.candidate ? -1 : 1));
    const leader = common.length ? ordered[0].candidate : null;
    const resultsOf = (name) => arms.find((a) => a.candidate === name).results;
    const standings = ordered.map((p) => ({
        ...p,
        rank: 1 + ordered.filter((q) => beats(pairs, q.candidate, p.candidate)).length,
        tiedWithLeader: leader !== null && !beats(pairs, leader, p.candidate),
        pareto: front.has(p.candidate),
        vsLeader: leader === null || leader === p.candidate ? [] : compareEfficiency(resultsOf(leader), resultsOf(p.candidate)),
    }));
    return { multiplier, label: multiplier_multiplierLabel(multiplier), commonTasks: common.length, leader, standings, pairs, costMetric };
}
/** The kind of headroom a candidate's failures under the caps point to: its most frequent limit reason there. */
function headroomOf(reasons) {
    const limits = [
        ['oom', 'memory'],
        ['timeout', 'cpu-time'],
        ['pids', 'processes'],
        ['disk', 'disk'],
    ];
    const found = limits.map(([reason, headroom]) => [reasons[reason] ?? 0, headroom]).sort((x, y) => y[0] - x[0]);
    return found[0][0] > 0 ? found[0][1] : 'resources';
}
/** Candidates i and j between the capped and the uncapped level: a flip when their order crosses, with its p (not yet Holm-corrected). */
function findFlip(capped, uncapped, cappedCounts, uncappedCounts, names, i, j) {
    const [ca, cb, ua, ub] = [cappedCounts[i], cappedCounts[j], uncappedCounts[i], uncappedCounts[j]];
    const rows = [];
    const denominators = [];
    for (const [task, x] of ca) {
        const y = cb.get(task);
        const u = ua.get(task);
        const v = ub.get(task);
        if (x.rate === null || !y || y.rate === null || !u || u.rate === null || !v || v.rate === null)
            continue;
        rows.push({ task, capped: x.rate - y.rate, uncapped: u.rate - v.rate, d: x.rate - y.rate - (u.rate - v.rate) });
        denominators.push(x.trials - x.error, y.trials - y.error, u.trials - u.error, v.trials - v.error);
    }
    const dc = mean(rows.map((r) => r.capped));
    const du = mean(rows.map((r) => r.uncapped));
    if (dc === null || du === null || dc === 0 || du === 0 || Math.sign(dc) === Math.sign(du))
        return null;
    const pValue = twoSided(rows.map((r) => r.d), denominators);
    if (pValue === null)
        return null;
    const nameA = names[i];
    const nameB = names[j];
    const cappedLeader = dc > 0 ? nameA : nameB;
    const uncappedLeader = du > 0 ? nameA : nameB;
    // The tasks that move the pair towards the uncapped leader once the caps come off.
    const towards = Math.sign(du - dc);
    const causing = rows
        .filter((r) => Math.sign(r.uncapped - r.capped) === towards)
        .sort((x, y) => Math.abs(y.d) - Math.abs(x.d) || (x.task < y.task ? -1 : 1));
    const hurt = uncappedLeader === nameA ? ca : cb;
    const tasks = causing.slice(0, 10).map((r) => ({ task: r.task, capped: r.capped, uncapped: r.uncapped, reasons: hurt.get(r.task)?.reasons ?? {} }));
    const reasons = {};
    for (const t of tasks)
        for (const [k, n] of Object.entries(t.reasons))
            reasons[k] = (reasons[k] ?? 0) + n;
    return {
        a: nameA,
        b: nameB,
        capped: { label: capped.label, delta: dc, leader: cappedLeader },
        uncapped: { label: uncapped.label, delta: du, leader: uncappedLeader },
        pValue,
        needsHeadroom: uncappedLeader,
        headroom: headroomOf(reasons),
        tasks,
    };
}
function rank_rankCandidates(runs, opts) {
    const candidates = [...new Set(runs.map((r) => r.candidate))];
    const multipliers = orderMultipliers([...new Set(runs.map((r) => r.results.profile.multiplier))]);
    const armsAt = multipliers.map((m) => candidates.map((c) => {
        const arm = runs.find((r) => r.candidate === c && r.results.profile.multiplier === m);
        if (!arm)
            throw new Error(`rank: no results for candidate ${c} at ${multiplier_multiplierLabel(m)}`);
        return arm;
    }));
    // Per task counts once per arm: every level's pairs and every pair's flip test read them.
    const countsAt = armsAt.map((arms) => arms.map((a) => byTask(a.results)));
    const levels = multipliers.map((m, k) => rankLevel(m, armsAt[k], countsAt[k], opts.alpha));
    const flips = [];
    if (levels.length > 1) {
        // Production caps are 1x (else the smallest multiplier run); the other end is uncapped (else the largest).
        const first = Math.max(0, multipliers.indexOf(1));
        const last = levels.length - 1;
        const found = [];
        let tested = 0;
        for (let i = 0; i < candidates.length; i++)
            for (let j = i + 1; j < candidates.length; j++) {
                tested++;
                const f = findFlip(levels[first], levels[last], countsAt[first], countsAt[last], candidates, i, j);
                if (f)
                    found.push(f);
            }
        // Holm over every pair tested, not only those whose means crossed: the family is all pairs.
        const adjusted = holm([...found.map((f) => f.pValue), ...Array(Math.max(0, tested - found.length)).fill(1)]);
        found.forEach((f, k) => {
            if (adjusted[k] < opts.alpha)
                flips.push({ ...f, pHolm: adjusted[k] });
        });
    }
    return {
        schema: RANKING_SCHEMA,
        suite: runs[0]?.results.suite.name ?? '',
        profile: runs[0]?.results.profile.name ?? '',
        alpha: opts.alpha,
        candidates,
        levels,
        flips,
    };
}
function rankGate(r, req) {
    const level = r.levels.find((l) => l.multiplier === 1) ?? r.levels[0];
    const inc = req.incumbent;
    const beatIncumbent = inc ? r.candidates.filter((c) => c !== inc && beats(level.pairs, c, inc)) : [];
    const worseThanIncumbent = inc ? req.failIfWorseThanIncumbent.filter((c) => c !== inc && beats(level.pairs, inc, c)) : [];
    return {
        level: level.label,
        incumbent: inc ?? null,
        failIfIncumbentBeaten: req.failIfIncumbentBeaten,
        leader: level.leader,
        beatIncumbent,
        worseThanIncumbent,
        fails: (req.failIfIncumbentBeaten && beatIncumbent.length > 0) || worseThanIncumbent.length > 0,
    };
}

;// CONCATENATED MODULE: ./src/report/rank.ts
/** The bake-off's reports: Markdown (tables, Mermaid cost/success charts, the flips), the terminal, an SVG chart. Pure. */





const MAX_RANKING_CHARS = 65_536;
const HEADROOM_WORDS = {
    memory: 'memory headroom',
    'cpu-time': 'more CPU time',
    processes: 'process headroom',
    disk: 'disk headroom',
    resources: 'the extra resources',
};
/** A flip in one sentence: who leads at each end, and what the uncapped leader's lead comes from. */
function flipSentence(f) {
    const size = (delta) => unsignedPts(Math.abs(delta), 0);
    const shown = f.tasks.slice(0, 3).map((t) => t.task);
    return (`${f.uncapped.leader} leads ${f.uncapped.label} by ${size(f.uncapped.delta)}; ` +
        `under the production caps (${f.capped.label}) ${f.capped.leader} leads by ${size(f.capped.delta)}: ` +
        `${f.needsHeadroom}'s lead comes from ${HEADROOM_WORDS[f.headroom]}` +
        (shown.length ? ` (${shown.join(', ')}${f.tasks.length > shown.length ? ', …' : ''})` : ''));
}
/** What a reader must know before the tables: the levels where nothing could be ranked. */
function rankingNotes(r) {
    return r.levels.filter((l) => l.commonTasks === 0).map((l) => `${l.label}: no task has a valid trial of every candidate; nothing is ranked`);
}
/** The ranking file (bakeoff.ranking/v1, report/ranking-schema.ts): the ranking with its flips and notes in words. */
/** Why a ranking's gate failed, one sentence per rule that failed; empty when it passed. */
function rankGateReasons(g) {
    const reasons = [];
    if (g.failIfIncumbentBeaten && g.beatIncumbent.length > 0)
        reasons.push(`${g.beatIncumbent.join(', ')} beat the incumbent ${g.incumbent} at ${g.level}`);
    if (g.worseThanIncumbent.length > 0) {
        const verb = g.worseThanIncumbent.length > 1 ? 'are' : 'is';
        reasons.push(`${g.worseThanIncumbent.join(', ')} ${verb} worse than the incumbent ${g.incumbent} at ${g.level}`);
    }
    return reasons;
}
function rankingFile(r) {
    const flips = r.flips.map((f) => {
        const { pHolm, ...rest } = f;
        return { ...rest, headroom: HEADROOM_WORDS[f.headroom], sentence: flipSentence(f), pHolm };
    });
    return { ...r, flips, notes: rankingNotes(r) };
}
function costText(level, s) {
    if (s.cost === null)
        return '—';
    if (USD_COST_METRICS.includes(level.costMetric))
        return `$${s.cost.toFixed(4)}`;
    if (level.costMetric === 'tokens')
        return `${Math.round(s.cost).toLocaleString('en-US')} tokens`;
    return `${s.cost.toFixed(1)} s`;
}
/** The one-line finding: who leads at each multiplier, tied candidates named. */
function rankingHeadline(r, esc = escapeMarkdown) {
    const parts = r.levels.map((l) => {
        if (!l.leader)
            return `nothing ranked at ${l.label}`;
        const tied = l.standings.filter((s) => s.tiedWithLeader && s.candidate !== l.leader).map((s) => esc(s.candidate));
        return `${esc(l.leader)} leads at ${l.label}${tied.length ? ` (tied with ${tied.join(', ')})` : ''}`;
    });
    return parts.join('; ');
}
function standingsTable(level) {
    const rows = level.standings.map((s) => {
        const cells = [
            s.tiedWithLeader ? `${s.rank} (tied with the leader)` : String(s.rank),
            `**${escapeMarkdown(s.candidate, 60)}**`,
            `${pct(s.successRate)} (${interval(s.ci95)})`,
            pct(s.infraErrorRate),
            pct(s.limitRate),
            orDash(s.medianAgentMs, formatDuration),
            orDash(s.medianPeakMemoryBytes, formatBytes),
            costText(level, s),
            s.pareto ? '★' : '',
        ];
        return `| ${cells.join(' | ')} |`;
    });
    return [
        '| rank | candidate | success rate (95% CI) | infra-error rate | limit rate | median agent time | median peak memory | ' +
            `${escapeMarkdown(level.costMetric)} | front |`,
        '|---|---|---:|---:|---:|---:|---:|---:|:-:|',
        ...rows,
    ];
}
/** Agent time and the chart's cost, this candidate ÷ the leader, paired by task (geometric mean, 95% CI). */
function vsLeaderText(level, s) {
    if (s.candidate === level.leader)
        return 'the leader';
    const wanted = ['agent time', level.costMetric === 'tokens' ? 'input_tokens' : level.costMetric];
    const shown = s.vsLeader
        .filter((r) => wanted.includes(r.metric) && r.ratio !== null)
        .map((r) => `${escapeMarkdown(r.metric, 40)} ${r.ratio.toFixed(2)}×${r.ci95 ? ` (${r.ci95[0].toFixed(2)}–${r.ci95[1].toFixed(2)}×)` : ''}`);
    return shown.join(', ') || '—';
}
/** At most this many reported metrics in the costs table: the cost axis's own first, then the others by name. */
const COSTS_TABLE_METRICS = 6;
/** What each candidate costs: medians per valid trial, and the mean of each reported metric (the cost metric never cut). */
function costsTable(level) {
    const reported = new Set(level.standings.flatMap((s) => Object.keys(s.metrics)));
    const cost = costMetricParts(level.costMetric).filter((m) => reported.has(m));
    const others = [...reported].filter((m) => !cost.includes(m)).sort();
    const metrics = [...cost, ...others].slice(0, Math.max(COSTS_TABLE_METRICS, cost.length));
    const number = (x) => (x === undefined ? '—' : Number(x.toPrecision(4)).toLocaleString('en-US'));
    const rows = level.standings.map((s) => {
        const cells = [
            escapeMarkdown(s.candidate, 60),
            orDash(s.medianAgentMs, formatDuration),
            orDash(s.medianCpuSeconds, (x) => `${x.toFixed(2)} s`),
            orDash(s.medianPeakMemoryBytes, formatBytes),
            ...metrics.map((m) => number(s.metrics[m])),
            vsLeaderText(level, s),
        ];
        return `| ${cells.join(' | ')} |`;
    });
    return [
        '<details><summary>What each candidate costs (medians per valid trial; reported metrics: mean per trial)</summary>',
        '',
        `| candidate | agent time | CPU | peak memory |${metrics.map((m) => ` ${escapeMarkdown(m, 40)} |`).join('')} against the leader, paired by task |`,
        `|---|---:|---:|---:|${metrics.map(() => '---:|').join('')}---|`,
        ...rows,
        '',
        '</details>',
    ];
}
function pairsTable(level, alpha) {
    const rows = level.pairs.map((p) => {
        const winner = p.winner ? `**${escapeMarkdown(p.winner, 60)}**` : 'neither (tied)';
        return `| ${escapeMarkdown(p.a, 60)} vs ${escapeMarkdown(p.b, 60)} | ${p.tasks} | ${pts(p.delta)} | ${pText(p.pValue)} | ${pText(p.pHolm)} | ${winner} |`;
    });
    return [
        `Pairwise, paired by task (two-sided sign-flip test, Holm-corrected over ${level.pairs.length} pair(s), α = ${alpha}):`,
        '',
        '| pair | tasks | Δ (first − second) | p | p (Holm) | better |',
        '|---|---:|---:|---:|---:|---|',
        ...rows,
    ];
}
/** A Mermaid quadrant chart of cost against success (cost scaled over the candidates' range); GitHub renders it. */
function rankingMermaid(level) {
    const known = level.standings.filter((s) => s.cost !== null && s.successRate !== null);
    const costs = known.map((s) => s.cost);
    const lo = Math.min(...costs, Infinity) * 0.8;
    const hi = Math.max(...costs, -Infinity) * 1.1;
    const at = (c) => (hi > lo ? (c - lo) / (hi - lo) : 0.5);
    // Mermaid has no escaping: names (hostile in a results file) keep only a-z, 0-9, '.', '_', '-'.
    const front = known.filter((s) => s.pareto).map((s) => markerPart(s.candidate));
    return [
        '```mermaid',
        'quadrantChart',
        `  title Cost vs success at ${level.label}${front.length ? ` - front: ${front.join(', ')}` : ''}`,
        `  x-axis Cheaper --> Costlier ${level.costMetric === 'agent seconds' ? '(agent time)' : `(${level.costMetric})`}`,
        '  y-axis Fails more --> Succeeds more',
        ...known.map((s) => `  ${markerPart(s.candidate)}: [${at(s.cost).toFixed(3)}, ${s.successRate.toFixed(3)}]`),
        '```',
    ].join('\n');
}
function flipLines(f) {
    const other = f.needsHeadroom === f.a ? f.b : f.a;
    const rows = f.tasks.map((t) => {
        const sign = f.needsHeadroom === f.a ? 1 : -1;
        const reasons = Object.entries(t.reasons)
            .map(([k, n]) => `${escapeMarkdown(k, 40)} ×${n}`)
            .join(', ');
        return `| ${escapeMarkdown(t.task, 100)} | ${pts(sign * t.capped, 0)} | ${pts(sign * t.uncapped, 0)} | ${reasons || '—'} |`;
    });
    return [
        `> [!IMPORTANT]\n> ${escapeMarkdown(flipSentence(f), 600)} (change between the two: ${pText(f.pValue)}, Holm ${pText(f.pHolm)}).`,
        '',
        `<details><summary>The tasks behind it (${f.tasks.length})</summary>`,
        '',
        `| task | ${escapeMarkdown(f.needsHeadroom)} − ${escapeMarkdown(other)} at ${f.capped.label} | at ${f.uncapped.label} | ` +
            `${escapeMarkdown(f.needsHeadroom)}'s outcomes at ${f.capped.label} |`,
        '|---|---:|---:|---|',
        ...rows,
        '',
        '</details>',
    ];
}
function rankingMarkdown(r, ctx = {}) {
    const levels = r.levels.flatMap((l) => [
        `#### ${l.label}${l.multiplier === 1 ? ' (production caps)' : ''} — over the ${l.commonTasks} task(s) every candidate has a valid trial of`,
        '',
        ...standingsTable(l),
        '',
        ...costsTable(l),
        '',
        ...pairsTable(l, r.alpha),
        '',
        rankingMermaid(l),
        '',
    ]);
    const flips = r.levels.length < 2
        ? []
        : r.flips.length
            ? ['#### Where the ranking flips', '', ...r.flips.flatMap((f) => [...flipLines(f), ''])]
            : [
                `No pair's order changes significantly between ${r.levels[0].label} and ${r.levels[r.levels.length - 1].label} (Holm-corrected, α = ${r.alpha}).`,
                '',
            ];
    const text = [
        `<!-- bakeoff-rank:${markerPart(r.suite)}:${markerPart(r.profile)} -->`,
        `### 🏁 bakeoff rank — ${escapeMarkdown(r.suite)} × ${escapeMarkdown(r.profile)}: ${rankingHeadline(r)}`,
        '',
        ...r.flips.slice(0, 1).map((f) => `**${escapeMarkdown(flipSentence(f), 600)}.**\n`),
        ...rankingNotes(r).map((n) => `> ${escapeMarkdown(n, 300)}\n`),
        ...levels,
        ...flips,
        'Ranks: 1 + the number of candidates significantly better (Holm-corrected); a candidate the leader does not beat significantly is tied with it. ' +
            '★: on the cost/success front (no other candidate both succeeds more and costs less).',
        ...(ctx.runUrl ? ['', `[The run](${ctx.runUrl})`] : []),
    ].join('\n');
    return text.length <= MAX_RANKING_CHARS
        ? text
        : `${text.slice(0, MAX_RANKING_CHARS - 80)}\n\n… cut at ${MAX_RANKING_CHARS} characters (the full ranking is in ranking.json).`;
}
function rankingTerminal(r) {
    const lines = [rankingHeadline(r, (t) => escapeTerminal(t, 40)), ''];
    for (const l of r.levels) {
        lines.push(`${l.label}: ${l.commonTasks} common task(s)`);
        lines.push(textTable(['rank', 'candidate', 'success', '95% CI', 'infra err', 'limit', 'agent time', l.costMetric, 'front'], l.standings.map((s) => [
            s.tiedWithLeader ? `${s.rank}=` : String(s.rank),
            escapeTerminal(s.candidate, 30),
            pct(s.successRate),
            interval(s.ci95),
            pct(s.infraErrorRate),
            pct(s.limitRate),
            orDash(s.medianAgentMs, formatDuration),
            costText(l, s),
            s.pareto ? '*' : '',
        ]), [false, false, true, true, true, true, true, true, false]));
        for (const p of l.pairs.filter((x) => x.winner))
            lines.push(`  ${escapeTerminal(p.winner, 30)} beats ${escapeTerminal(p.winner === p.a ? p.b : p.a, 30)}: ${pts(Math.abs(p.delta))}, Holm ${pText(p.pHolm)}`);
        lines.push('');
    }
    for (const f of r.flips)
        lines.push(`flip: ${escapeTerminal(flipSentence(f), 400)}`);
    return lines.join('\n') + '\n';
}
const LEVEL_COLORS = ['#0969da', '#cf222e', '#2da44e', '#8250df', '#bf8700'];
/** Success (with its CI) against cost, one colour per multiplier, each multiplier's front joined by a line. */
function rankingSvg(r, title) {
    const W = 760;
    const H = 460;
    const left = 70;
    const top = 50;
    const plotW = 560;
    const plotH = 320;
    const points = r.levels.flatMap((l, li) => l.standings.filter((s) => s.cost !== null && s.successRate !== null).map((s) => ({ l, li, s })));
    const most = Math.max(...points.map((p) => p.s.cost), 0) * 1.1 || 1;
    const x = (c) => (left + (plotW * c) / most).toFixed(1);
    const y = (f) => (top + plotH * (1 - f)).toFixed(1);
    const parts = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
        `<title>${escapeXml(title)}</title>`,
        `<text x="${left}" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    ];
    for (const f of [0, 0.25, 0.5, 0.75, 1])
        parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(f)}" y2="${y(f)}" stroke="#d0d7de"/>`, `<text x="${left - 8}" y="${Number(y(f)) + 4}" text-anchor="end">${f * 100}%</text>`);
    const costLabel = r.levels[0]?.costMetric ?? 'cost';
    parts.push(`<text x="${left + plotW / 2}" y="${top + plotH + 36}" text-anchor="middle">${escapeXml(costLabel)} (lower is cheaper)</text>`);
    r.levels.forEach((l, li) => {
        const front = points.filter((p) => p.li === li && p.s.pareto).sort((a, b) => a.s.cost - b.s.cost);
        if (front.length > 1)
            parts.push(`<polyline data-front="${escapeXml(l.label)}" fill="none" stroke="${LEVEL_COLORS[li % LEVEL_COLORS.length]}" stroke-dasharray="4 3" points="${front
                .map((p) => `${x(p.s.cost)},${y(p.s.successRate)}`)
                .join(' ')}"/>`);
    });
    for (const { l, li, s } of points) {
        const color = LEVEL_COLORS[li % LEVEL_COLORS.length];
        if (s.ci95)
            parts.push(`<line x1="${x(s.cost)}" x2="${x(s.cost)}" y1="${y(s.ci95[1])}" y2="${y(s.ci95[0])}" stroke="${color}" stroke-opacity="0.5"/>`);
        parts.push(`<circle data-candidate="${escapeXml(s.candidate)}" data-multiplier="${escapeXml(l.label)}" ` +
            `data-success="${s.successRate.toFixed(4)}" data-cost="${s.cost}" ` +
            `data-pareto="${s.pareto}" cx="${x(s.cost)}" cy="${y(s.successRate)}" r="${s.pareto ? 6 : 4}" ` +
            `fill="${s.pareto ? color : '#fff'}" stroke="${color}" stroke-width="2"/>`, 
        // one candidate at two multipliers often sits on one point: its labels stack instead of overlapping
        `<text x="${Number(x(s.cost)) + 8}" y="${Number(y(s.successRate)) - 6 - 13 * li}" fill="${color}">` +
            `${escapeXml(s.candidate.slice(0, 30))} (${escapeXml(l.label)})</text>`);
    }
    r.levels.forEach((l, li) => parts.push(`<rect x="${left + li * 150}" y="${H - 24}" width="12" height="12" fill="${LEVEL_COLORS[li % LEVEL_COLORS.length]}"/>`, `<text x="${left + li * 150 + 16}" y="${H - 14}">${escapeXml(l.label)}</text>`));
    parts.push(`<text x="${left + r.levels.length * 150}" y="${H - 14}">filled: on the front · bar: 95% CI</text>`, '</svg>');
    return parts.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/app/run.ts





/** The runner's options for a use case's scheduling on this session's engine. */
function onEngine(s, session) {
    return { concurrency: s.concurrency, signal: s.signal, progress: s.progress, log: s.log, backend: session.backend };
}
async function runSuite(session, req) {
    const durations = req.shardDurationsFrom ? medianDurations(readResults(req.shardDurationsFrom)) : undefined;
    const outputs = [
        { name: 'out', path: req.out, kind: 'file' },
        { name: 'events', path: req.eventsFile, kind: 'file' },
    ];
    await preflight(session, preflightRequest(req.checks, { multipliers: [req.multiplier], tasksGlob: req.tasksGlob, outputs, log: req.log }));
    const [outcome] = await runInterleaved([
        {
            suite: session.suite,
            profile: session.profile,
            multiplier: req.multiplier,
            trials: req.trials,
            tasksGlob: req.tasksGlob,
            shard: req.shard,
            shardDurationsMs: durations,
            eventsFile: req.eventsFile,
            agentLogsDir: `${req.out}.agent-logs`,
            resume: req.resume,
            ref: req.ref,
        },
    ], onEngine(req, session));
    const results = outcome.results;
    if (outcome.interrupted)
        return { status: 'interrupted', results };
    try {
        writeJsonAtomic(req.out, results);
    }
    catch (err) {
        return { status: 'unwritten', results, error: err.message.split(':')[0] };
    }
    return { status: 'written', results, summary: runSummary(results) };
}

;// CONCATENATED MODULE: ./src/app/rank.ts
/**
 * The bake-off: every candidate × multiplier arm on one scheduler, trials interleaved so drift hits
 * them alike (the sweep's mechanism), then the ranking. Also the ranking of results files already
 * run (shards merged with `bakeoff merge`).
 */











const NAME = /^[a-z0-9._-]+$/;
/** The candidates asked for (all the suite declares when none is named), in the suite's order. */
function selectCandidates(suite, names) {
    const declared = suite.value.candidates;
    const problem = (message, fix) => new errors_ConfigError(suite.value.path, [{ path: 'candidates', message, fix }]);
    if (declared.length === 0)
        throw problem('declares no candidates', 'add candidates: [{ name: model-a, env: { MODEL: model-a } }, { name: model-b, env: { MODEL: model-b } }]');
    const unknown = (names ?? []).filter((n) => !declared.some((c) => c.name === n));
    if (unknown.length)
        throw problem(`has no candidate ${unknown.join(', ')} (it declares ${declared.map((c) => c.name).join(', ')})`, 'name declared candidates in --candidates');
    const chosen = names?.length ? declared.filter((c) => names.includes(c.name)) : declared;
    if (chosen.length < 2)
        throw problem(`ranks ${chosen.length} candidate; a ranking needs two or more`, 'declare or name at least two candidates');
    return chosen;
}
/** The suite as preflight sees a ranking: every chosen candidate's host variables at once. */
function suiteForPreflight(suite, candidates) {
    const agents = candidates.map((c) => withCandidate(suite.value, c).agent);
    const union = (pick) => [...new Set(agents.flatMap(pick))];
    return { ...suite, value: { ...suite.value, agent: { ...suite.value.agent, env: union((a) => a.env), optionalEnv: union((a) => a.optionalEnv) } } };
}
const armName = (candidate, m) => `results-${candidate}-${multiplier_multiplierLabel(m)}`;
/** Checks every chosen candidate's setup, runs every candidate × multiplier arm interleaved, ranks them and writes the reports. */
async function runRanking(session, opts) {
    const outputs = [{ name: 'out', path: opts.outDir, kind: 'dir' }];
    await preflight_preflight({ ...session, suite: suiteForPreflight(session.suite, opts.candidates) }, preflight_preflightRequest(opts.checks, {
        multipliers: opts.multipliers,
        tasksGlob: opts.tasksGlob,
        outputs,
        log: opts.log,
        agents: opts.candidates.map((c) => withCandidate(session.suite.value, c).agent),
    }));
    (0,external_node_fs_.mkdirSync)(opts.outDir, { recursive: true });
    const arms = opts.multipliers.flatMap((multiplier) => opts.candidates.map((c) => ({ candidate: c, multiplier, name: armName(c.name, multiplier) })));
    const outcomes = await run_runInterleaved(arms.map((a) => ({
        suite: { ...session.suite, value: withCandidate(session.suite.value, a.candidate) },
        profile: session.profile,
        multiplier: a.multiplier,
        label: `${a.candidate.name}@${multiplier_multiplierLabel(a.multiplier)}`,
        trials: opts.trials,
        tasksGlob: opts.tasksGlob,
        shard: opts.shard,
        eventsFile: (0,external_node_path_.join)(opts.outDir, `${a.name}.events.jsonl`),
        agentLogsDir: (0,external_node_path_.join)(opts.outDir, `${a.name}.json.agent-logs`),
        resume: opts.resume,
        ref: opts.ref,
    })), onEngine(opts, session));
    const files = rankFiles(opts.outDir);
    if (outcomes.some((o) => o.interrupted))
        return { ranking: null, files, interrupted: true };
    files.results = arms.map((a, i) => {
        const file = (0,external_node_path_.join)(opts.outDir, `${a.name}.json`);
        io_writeJsonAtomic(file, outcomes[i].results);
        return file;
    });
    const ranking = rank_rankCandidates(arms.map((a, i) => ({ candidate: a.candidate.name, results: outcomes[i].results })), { alpha: opts.alpha });
    writeRanking(ranking, files, `${session.suite.value.name} × ${session.profile.value.name}`);
    return judged(ranking, files, opts.gate);
}
function judged(ranking, files, gate) {
    const judgedGate = rankGate(ranking, gate);
    return { ranking, files, interrupted: false, gate: judgedGate, gateReasons: rankGateReasons(judgedGate), terminal: rankingTerminal(ranking) };
}
function rankFiles(dir) {
    return { markdown: (0,external_node_path_.join)(dir, 'ranking.md'), svg: (0,external_node_path_.join)(dir, 'ranking.svg'), json: (0,external_node_path_.join)(dir, 'ranking.json'), results: [] };
}
function writeRanking(ranking, files, title) {
    (0,external_node_fs_.writeFileSync)(files.markdown, rankingMarkdown(ranking) + '\n');
    (0,external_node_fs_.writeFileSync)(files.svg, rankingSvg(ranking, `bakeoff rank: ${title}`));
    io_writeJsonAtomic(files.json, rankingFile(ranking));
}
/** Results files of a ranking run (e.g. shards joined by `bakeoff merge`): each must name its candidate; one suite; every arm there. */
function armsFromFiles(paths) {
    const read = paths.map((file) => ({ file, results: readResults(file) }));
    const arms = read.map(({ file, results }) => {
        const name = results.run.candidate?.name;
        if (name === undefined || !NAME.test(name))
            throw new ConfigError(file, [
                {
                    path: 'run.candidate.name',
                    message: name === undefined ? 'is missing: this file is not from bakeoff rank' : `${JSON.stringify(name.slice(0, 40))} is not a candidate name`,
                    fix: 'pass the results-<candidate>-<multiplier>.json files bakeoff rank wrote',
                },
            ]);
        return { candidate: name, results, file };
    });
    const suites = new Set(arms.map((a) => `${a.results.suite.name}\0${a.results.profile.name}`));
    if (suites.size > 1)
        throw new ConfigError(paths[0], [
            { path: 'suite.name', message: 'the files are runs of different suites or profiles', fix: 'rank runs of one suite under one profile' },
        ]);
    const key = (a) => `${a.candidate}@${multiplierLabel(a.results.profile.multiplier)}`;
    const seen = new Map();
    for (const a of arms) {
        const other = seen.get(key(a));
        if (other)
            throw new ConfigError(a.file, [
                { path: 'run.candidate', message: `is ${key(a)}, as is ${other}`, fix: 'merge shards with bakeoff merge first' },
            ]);
        seen.set(key(a), a.file);
    }
    const candidates = [...new Set(arms.map((a) => a.candidate))];
    const multipliers = [...new Set(arms.map((a) => multiplierLabel(a.results.profile.multiplier)))];
    const missing = candidates.flatMap((c) => multipliers.filter((m) => !seen.has(`${c}@${m}`)).map((m) => `${c}@${m}`));
    if (missing.length)
        throw new ConfigError(paths[0], [
            { path: 'run.candidate', message: `no results for ${missing.join(', ')}`, fix: 'pass one file per candidate and multiplier' },
        ]);
    if (candidates.length < 2)
        throw new ConfigError(paths[0], [{ path: 'run.candidate', message: 'only one candidate', fix: 'rank two or more candidates' }]);
    return arms.map(({ candidate, results }) => ({ candidate, results }));
}
/** `rank --from` without a gate (bench/measure.ts times it). */
function rankFromFiles(paths, outDir, alpha) {
    const gate = { failIfIncumbentBeaten: false, failIfWorseThanIncumbent: [] };
    return rankArms(armsFromFiles(paths), { paths, outDir, alpha, gate });
}
/** The candidates that arms (e.g. read by armsFromFiles) ranked, each once. */
const candidatesOf = (arms) => [...new Set(arms.map((a) => a.candidate))];
/** Ranks arms read from `paths` (see armsFromFiles) and writes the three reports into `outDir`. */
function rankArms(arms, req) {
    mkdirSync(req.outDir, { recursive: true });
    const ranking = rankCandidates(arms, { alpha: req.alpha });
    const files = { ...rankFiles(req.outDir), results: [...req.paths] };
    writeRanking(ranking, files, `${ranking.suite} × ${ranking.profile}`);
    return judged(ranking, files, req.gate);
}
/** A gate naming a candidate the ranking does not have, or asking without an incumbent: what is wrong, else null. */
function gateProblem(candidates, req) {
    const named = [...(req.incumbent ? [req.incumbent] : []), ...req.failIfWorseThanIncumbent];
    const unknown = named.filter((n) => !candidates.includes(n));
    if (unknown.length)
        return `${unknown.join(', ')}: not among the candidates ranked (${candidates.join(', ')})`;
    if (!req.incumbent && (req.failIfIncumbentBeaten || req.failIfWorseThanIncumbent.length))
        return 'the gate compares with an incumbent: name it (incumbent / --incumbent)';
    return null;
}

;// CONCATENATED MODULE: ./src/github/rank.ts
/** The Action's `candidates` input: the bake-off; ranking and charts to the job summary, everything to an artifact, the gate on the incumbent. */









async function rankStep(inputs, mode, store, dir) {
    const session = await openSession(inputs, (line) => lib_core/* info */.pq(line));
    const { suite, profile } = session;
    const candidates = selectCandidates(suite, mode.candidates === 'all' ? undefined : mode.candidates);
    for (const c of candidates)
        maskSecrets(withCandidate(suite.value, c));
    const problem = gateProblem(candidates.map((c) => c.name), mode.gate);
    if (problem)
        throw new errors_ConfigError(suite.value.path, [
            { path: 'candidates', message: problem, fix: 'name candidates the suite declares in incumbent and fail-if-worse-than-incumbent' },
        ]);
    const { multipliers } = mode;
    const names = candidates.map((c) => c.name).join(', ');
    const out = await lib_core/* group */.Os(`bakeoff: rank ${names} on ${suite.value.name} × ${profile.value.name} at ${multipliers.map(multiplier_multiplierLabel).join(', ')}`, () => runRanking(session, {
        candidates,
        multipliers,
        outDir: (0,external_node_path_.join)(dir, 'rank'),
        alpha: inputs.alpha,
        gate: mode.gate,
        trials: inputs.trials,
        resume: false,
        concurrency: inputs.concurrency,
        progress: { write: (t) => process.stdout.write(t), isTTY: false },
        log: (l) => lib_core/* info */.pq(l),
        checks: { where: 'action', allowMissingImages: inputs.allowMissingImages },
    }));
    if (out.interrupted)
        throw new Error('the ranking was interrupted');
    const { ranking, gate } = out;
    const files = [out.files.markdown, out.files.svg, out.files.json, ...out.files.results];
    await publishStudy(store, { kind: 'rank', suite: suite.value.name, profile: profile.value.name, markdown: out.files.markdown, files }, dir);
    lib_core/* setOutput */.uH('verdict', 'none');
    lib_core/* setOutput */.uH('leader', gate.leader ?? '');
    lib_core/* setOutput */.uH('leader-uncapped', ranking.levels[ranking.levels.length - 1].leader ?? '');
    lib_core/* setOutput */.uH('incumbent-beaten', String(gate.beatIncumbent.length > 0));
    lib_core/* setOutput */.uH('ranking-path', out.files.json);
    lib_core/* setOutput */.uH('report-path', out.files.markdown);
    if (gate.fails)
        lib_core/* setFailed */.C1(`bakeoff: ${out.gateReasons.join('; ')}`);
}

;// CONCATENATED MODULE: ./src/compare/sweep.ts
/** A sweep's analysis: each multiplier against the 1x run with the same paired test. Pure. */






function analyzeSweep(runs, thresholds = DEFAULT_THRESHOLDS) {
    const order = orderMultipliers(runs.map((r) => r.profile.multiplier));
    const ordered = [...runs].sort((a, b) => order.indexOf(a.profile.multiplier) - order.indexOf(b.profile.multiplier));
    const ref = ordered.find((r) => r.profile.multiplier === 1) ?? ordered[0];
    const points = ordered.map((r) => {
        const peak = medianOf(r.trials, (t) => t.peakMemoryBytes);
        if (r === ref)
            return {
                multiplier: r.profile.multiplier,
                summary: r.summary,
                harborScore: harborScore(r),
                medianPeakMemoryBytes: peak,
                efficiency: [],
                delta: 0,
                pValue: null,
                significant: false,
            };
        const v = compare_compareRuns(ref, r, thresholds);
        // Two-sided: a change either way is a finding in a sweep.
        const p = v.successRate.pValue === null ? null : Math.min(1, 2 * v.successRate.pValue);
        return {
            multiplier: r.profile.multiplier,
            summary: r.summary,
            harborScore: harborScore(r),
            medianPeakMemoryBytes: peak,
            efficiency: v.efficiency,
            delta: v.successRate.delta,
            pValue: p,
            significant: p !== null && p < thresholds.alpha,
        };
    });
    let differsFrom = null;
    for (let i = points.length - 1; i >= 0 && points[i].significant; i--)
        differsFrom = points[i].multiplier;
    const byTask = ordered.map((r) => group_groupBy(r.trials, (t) => t.task));
    const tasks = [...new Set(byTask.flatMap((g) => [...g.keys()]))].sort();
    const changedTasks = tasks
        .map((task) => ({ task, counts: byTask.map((g) => countTask(g.get(task) ?? [])) }))
        .filter(({ counts }) => new Set(counts.map((c) => c.rate)).size > 1);
    const refIndex = ordered.indexOf(ref);
    const capBound = changedTasks.flatMap(({ task, counts }) => {
        const rate = (i) => counts[i].rate ?? -1;
        const larger = counts.map((_, i) => i).filter((i) => i > refIndex);
        const best = larger.reduce((b, i) => (rate(i) > rate(b) ? i : b), larger[0] ?? refIndex);
        return larger.length && rate(best) > rate(refIndex) ? [{ task, at: ordered[best].profile.multiplier }] : [];
    });
    const oracle = ordered.every((r) => r.run.agent === 'oracle');
    return { reference: ref.profile.multiplier, points, differsFrom, changedTasks, capBound, oracle, alpha: thresholds.alpha };
}

;// CONCATENATED MODULE: ./src/report/sweep.ts







const passesOfValid = (c) => `${c.pass}/${c.trials - c.error}`;
/** Whether a sweep's runs have Harbor tasks: then its tables show the Harbor-equivalent score beside the rates. */
const hasHarbor = (a) => a.points.some((p) => p.harborScore);
function sweepMarkdown(a, title) {
    const ref = multiplier_multiplierLabel(a.reference);
    const harbor = hasHarbor(a);
    const rows = a.points.map((p) => {
        const s = p.summary;
        const vs = p.multiplier === a.reference ? 'reference' : `${pts(p.delta)}, ${pText(p.pValue)}${p.significant ? ' — **significant**' : ''}`;
        const peak = orDash(p.medianPeakMemoryBytes, formatBytes);
        const cells = [
            multiplier_multiplierLabel(p.multiplier),
            `${pct(s.successRate)} (${interval(s.successRateCI95)})`,
            pct(s.infraErrorRate),
            pct(s.limitRate),
            ...(harbor ? [pct(p.harborScore?.score)] : []),
            peak,
            vs,
        ];
        return `| ${cells.join(' | ')} |`;
    });
    const finding = a.differsFrom === null
        ? `No multiplier's success rate differs significantly from ${ref} (two-sided paired test, α = ${a.alpha}).`
        : `From **${multiplier_multiplierLabel(a.differsFrom)}** on, success differs significantly from ${ref} (two-sided paired test, α = ${a.alpha}): ` +
            `the ${ref} caps cost the agent tasks that more resources would have passed.`;
    const taskRows = a.changedTasks.map((t) => `| ${escapeMarkdown(t.task)} | ${t.counts.map((c) => `${passesOfValid(c)}${c.limit ? ` (${c.limit} limit)` : ''}`).join(' | ')} |`);
    return [
        `### bakeoff sweep — ${escapeMarkdown(title)}`,
        '',
        `| multiplier | success rate (95% CI) | infra-error rate | limit rate |${harbor ? ` ${HARBOR_SCORE_LABEL} |` : ''} median peak memory | vs ${ref} |`,
        `|---|---:|---:|---:|${harbor ? '---:|' : ''}---:|---|`,
        ...rows,
        '',
        ...(harbor ? [`<sub>${HARBOR_SCORE_NOTE}</sub>`, ''] : []),
        finding,
        '',
        sweepMermaid(a),
        '',
        ...capBoundLines(a).flatMap((l) => [l, '']),
        ...efficiencyLines(a),
        ...(a.changedTasks.length
            ? [
                'Tasks whose outcome depends on the caps (passes / valid trials):',
                '',
                `| task | ${a.points.map((p) => multiplier_multiplierLabel(p.multiplier)).join(' | ')} |`,
                `|---|${a.points.map(() => '---:').join('|')}|`,
                ...taskRows,
            ]
            : ['No task changed outcome across multipliers.']),
    ].join('\n');
}
/** What each metric costs at each multiplier against the reference (geometric mean over tasks of the ratio): the trade-off a sweep shows. */
function efficiencyLines(a) {
    const others = a.points.filter((p) => p.multiplier !== a.reference);
    const metrics = [...new Set(others.flatMap((p) => p.efficiency.filter((r) => r.ratio !== null).map((r) => r.metric)))];
    if (!metrics.length)
        return [];
    const cell = (p, metric) => {
        const r = p.efficiency.find((x) => x.metric === metric);
        return r?.ratio == null ? '—' : `${r.ratio.toFixed(2)}×`;
    };
    return [
        `Cost against ${multiplier_multiplierLabel(a.reference)} (per task, then the geometric mean over tasks):`,
        '',
        `| metric | ${others.map((p) => multiplier_multiplierLabel(p.multiplier)).join(' | ')} |`,
        `|---|${others.map(() => '---:').join('|')}|`,
        ...metrics.slice(0, 20).map((m) => `| ${escapeMarkdown(m, 64)} | ${others.map((p) => cell(p, m)).join(' | ')} |`),
        '',
    ];
}
/** The tasks the caps decide, in words; for the oracle, tasks that measure the harness rather than any agent. */
function capBoundLines(a, escape = (t) => escapeMarkdown(t, 100)) {
    if (!a.capBound.length)
        return [];
    const ref = multiplier_multiplierLabel(a.reference);
    const list = a.capBound.map((t) => `${escape(t.task)} (better at ${multiplier_multiplierLabel(t.at)})`).join(', ');
    return a.oracle
        ? [
            `Infeasible under the ${ref} caps: the reference solution fails at ${ref} but does better with more resources — ${list}. ` +
                'These tasks measure the harness, not the agent.',
        ]
        : [`Cap-bound at ${ref}: ${list}.`];
}
function sweepMermaid(a) {
    const labels = a.points.map((p) => `"${multiplier_multiplierLabel(p.multiplier)}"`);
    const share = (k) => a.points.map((p) => (p.summary.trials ? Number(((p.summary[k] / p.summary.trials) * 100).toFixed(1)) : 0));
    return mermaidXyChart({
        title: 'Success rate and limit rate by resource multiplier (%)',
        x: labels,
        yLabel: '%',
        bar: a.points.map((p) => Number(((p.summary.successRate ?? 0) * 100).toFixed(1))),
        line: share('limit'),
    });
}
/** One SVG element; attributes keep their order (tests and readers find them by it). */
function svg(tag, attrs) {
    return `<${tag} ${Object.entries(attrs)
        .map(([k, v]) => `${k}="${v}"`)
        .join(' ')}/>`;
}
const COLORS = { pass: '#2da44e', fail: '#cf222e', limit: '#bf8700', error: '#8c959f' };
/** Stacked outcome bars per multiplier with the success rate and its CI; significant differences starred. */
function sweepSvg(a, title) {
    const W = Math.max(120 * a.points.length + 120, 760);
    const taskRows = a.changedTasks.slice(0, 10);
    const gridTop = 338;
    const H = 360 + (taskRows.length ? 30 + taskRows.length * 22 : 0);
    const top = 50;
    const plotH = 240;
    const left = 60;
    const y = (f) => top + plotH * (1 - f);
    const parts = [];
    parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
    parts.push(`<title>${escapeXml(title)}</title>`, `<text x="${left}" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>`);
    for (const f of [0, 0.25, 0.5, 0.75, 1]) {
        parts.push(`<line x1="${left}" x2="${W - 20}" y1="${y(f)}" y2="${y(f)}" stroke="#d0d7de"/>`, `<text x="${left - 8}" y="${y(f) + 4}" text-anchor="end">${f * 100}%</text>`);
    }
    a.points.forEach((p, i) => {
        const x = left + 30 + i * 120;
        const n = p.summary.trials || 1;
        let acc = 0;
        for (const k of ['pass', 'fail', 'limit', 'error']) {
            const f = p.summary[k] / n;
            if (f > 0) {
                const share = { 'data-multiplier': multiplier_multiplierLabel(p.multiplier), 'data-outcome': k, 'data-share': f.toFixed(4) };
                parts.push(svg('rect', { ...share, x, y: y(acc + f), width: 60, height: (plotH * f).toFixed(2), fill: COLORS[k] }));
            }
            acc += f;
        }
        const s = p.summary.successRate;
        const ci = p.summary.successRateCI95;
        if (s !== null && ci) {
            parts.push(`<line x1="${x + 30}" x2="${x + 30}" y1="${y(ci[1])}" y2="${y(ci[0])}" stroke="#000" stroke-width="1.5"/>`);
            parts.push(svg('circle', { 'data-multiplier': multiplier_multiplierLabel(p.multiplier), 'data-success': s.toFixed(4), cx: x + 30, cy: y(s), r: 4, fill: '#000' }));
        }
        parts.push(`<text x="${x + 30}" y="${top + plotH + 20}" text-anchor="middle">${escapeXml(multiplier_multiplierLabel(p.multiplier))}${p.significant ? ' *' : ''}</text>`);
    });
    // Tasks whose outcome depends on the caps: one row each, a cell per multiplier shaded by its pass rate.
    if (taskRows.length)
        parts.push(`<text x="${left}" y="${gridTop}" font-weight="bold">tasks that change with the caps (pass rate)</text>`);
    taskRows.forEach((t, r) => {
        const rowY = gridTop + 12 + r * 22;
        t.counts.forEach((c, i) => {
            const x = left + 30 + i * 120;
            const rate = c.rate ?? 0;
            const cell = { 'data-task': escapeXml(t.task), 'data-multiplier': multiplier_multiplierLabel(a.points[i].multiplier), 'data-pass-rate': rate.toFixed(4) };
            const shade = { fill: COLORS.pass, 'fill-opacity': (0.1 + 0.9 * rate).toFixed(2), stroke: '#d0d7de' };
            parts.push(svg('rect', { ...cell, x, y: rowY, width: 60, height: 16, ...shade }));
            parts.push(`<text x="${x + 30}" y="${rowY + 12}" text-anchor="middle" font-size="10">${passesOfValid(c)}</text>`);
        });
        parts.push(`<text x="${left + 30 + t.counts.length * 120}" y="${rowY + 12}">${escapeXml(t.task.slice(0, 40))}</text>`);
    });
    const legend = Object.entries(COLORS).map(([k, c], i) => `<rect x="${left + i * 90}" y="${H - 30}" width="12" height="12" fill="${c}"/><text x="${left + i * 90 + 16}" y="${H - 20}">${k}</text>`);
    parts.push(...legend, `<text x="${left + 370}" y="${H - 20}">● success rate, 95% CI · * differs from ${escapeXml(multiplier_multiplierLabel(a.reference))} (p &lt; ${a.alpha})</text>`);
    parts.push('</svg>');
    return parts.join('\n') + '\n';
}
/** The sweep for a terminal. */
function sweepTerminal(a) {
    const ref = multiplier_multiplierLabel(a.reference);
    const harbor = hasHarbor(a);
    const rows = a.points.map((p) => [
        multiplier_multiplierLabel(p.multiplier),
        pct(p.summary.successRate),
        interval(p.summary.successRateCI95),
        pct(p.summary.infraErrorRate),
        pct(p.summary.limitRate),
        ...(harbor ? [pct(p.harborScore?.score)] : []),
        orDash(p.medianPeakMemoryBytes, formatBytes),
        p.multiplier === a.reference ? 'reference' : `${pts(p.delta)}, ${pText(p.pValue)}${p.significant ? ' *' : ''}`,
    ]);
    const head = ['multiplier', 'success', '95% CI', 'infra err', 'limit', ...(harbor ? ['harbor'] : []), 'peak mem', `vs ${ref}`];
    const lines = [textTable(head, rows, [false, true, true, true, true, ...(harbor ? [true] : []), true, false]), ''];
    if (harbor)
        lines.push(`harbor: ${HARBOR_SCORE_NOTE}`, '');
    lines.push(a.differsFrom === null
        ? `no multiplier differs significantly from ${ref}`
        : `from ${multiplier_multiplierLabel(a.differsFrom)} on, success differs significantly from ${ref}`);
    lines.push(...capBoundLines(a, (t) => escapeTerminal(t, 40)));
    for (const t of a.changedTasks.slice(0, 20))
        lines.push(`  ${escapeTerminal(t.task, 40).padEnd(24)} ${t.counts.map((c, i) => `${multiplier_multiplierLabel(a.points[i].multiplier)} ${passesOfValid(c)}`).join('  ')}`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/app/sweep.ts
/** A sweep: the suite at several multipliers, all arms interleaved on one scheduler so drift hits them alike. */









async function sweepMultipliers(session, opts) {
    const outputs = [{ name: 'out', path: opts.outDir, kind: 'dir' }];
    await preflight_preflight(session, preflight_preflightRequest(opts.checks, { multipliers: opts.multipliers, tasksGlob: opts.tasksGlob, outputs, log: opts.log }));
    (0,external_node_fs_.mkdirSync)(opts.outDir, { recursive: true });
    const name = (m) => `results-${multiplier_multiplierLabel(m)}`;
    const outcomes = await run_runInterleaved(opts.multipliers.map((multiplier) => ({
        suite: session.suite,
        profile: session.profile,
        multiplier,
        label: multiplier_multiplierLabel(multiplier),
        trials: opts.trials,
        tasksGlob: opts.tasksGlob,
        eventsFile: (0,external_node_path_.join)(opts.outDir, `${name(multiplier)}.events.jsonl`),
        agentLogsDir: (0,external_node_path_.join)(opts.outDir, `${name(multiplier)}.json.agent-logs`),
        resume: false,
        ref: opts.ref,
    })), onEngine(opts, session));
    const runs = outcomes.map((o) => o.results);
    const results = opts.multipliers.map((m, i) => {
        const file = (0,external_node_path_.join)(opts.outDir, `${name(m)}.json`);
        io_writeJsonAtomic(file, runs[i]);
        return file;
    });
    const analysis = analyzeSweep(runs, opts.thresholds);
    const title = `${session.suite.value.name} × ${session.profile.value.name}`;
    const files = { markdown: (0,external_node_path_.join)(opts.outDir, 'sweep.md'), svg: (0,external_node_path_.join)(opts.outDir, 'sweep.svg'), json: (0,external_node_path_.join)(opts.outDir, 'sweep.json'), results };
    (0,external_node_fs_.writeFileSync)(files.markdown, sweepMarkdown(analysis, title) + '\n');
    (0,external_node_fs_.writeFileSync)(files.svg, sweepSvg(analysis, `bakeoff sweep: ${title}`));
    io_writeJsonAtomic(files.json, { schema: 'bakeoff.sweep/v1', ...analysis });
    return { analysis, runs, files, terminal: sweepTerminal(analysis), interrupted: outcomes.some((o) => o.interrupted) };
}

;// CONCATENATED MODULE: ./src/github/sweep.ts
/** The Action's `sweep` input: the suite at each multiplier; table and chart to the job summary, everything to an artifact. */








async function sweepStep(inputs, multipliers, store, dir) {
    const session = await openSession(inputs, (line) => lib_core/* info */.pq(line));
    const { suite, profile } = session;
    maskSecrets(suite.value);
    const outDir = (0,external_node_path_.join)(dir, 'sweep');
    const out = await lib_core/* group */.Os(`bakeoff: sweep ${suite.value.name} × ${profile.value.name} at ${multipliers.map(multiplier_multiplierLabel).join(', ')}`, () => sweepMultipliers(session, {
        multipliers,
        outDir,
        trials: inputs.trials,
        thresholds: thresholdsOf(inputs),
        concurrency: inputs.concurrency,
        progress: { write: (t) => process.stdout.write(t), isTTY: false },
        log: (l) => lib_core/* info */.pq(l),
        checks: { where: 'action', allowMissingImages: inputs.allowMissingImages },
    }));
    const files = [out.files.markdown, out.files.svg, out.files.json, ...out.files.results];
    await publishStudy(store, { kind: 'sweep', suite: suite.value.name, profile: profile.value.name, markdown: out.files.markdown, files }, dir);
    lib_core/* setOutput */.uH('verdict', 'none');
    lib_core/* setOutput */.uH('report-path', out.files.markdown);
    lib_core/* setOutput */.uH('results-path', out.files.results[0]);
}

;// CONCATENATED MODULE: ./src/github/post-step.ts
/**
 * After the job: when the main step was cancelled (GitHub sends SIGINT, then SIGKILL) or crashed,
 * its trial containers may still run. They carry the main step's owner label, saved as step state;
 * this removes exactly those — never another job's, never a container that is not bakeoff's.
 */


const OWNER_STATE = 'owner';
async function postStep() {
    const owner = core.getState(OWNER_STATE);
    if (!owner)
        return;
    try {
        const removed = await removeContainersOf(owner);
        core.info(removed ? `bakeoff: removed ${removed} container(s) the main step left behind` : 'bakeoff: no container left behind');
    }
    catch (err) {
        core.warning(`bakeoff: could not clean up after the main step: ${err.message}`);
    }
}

;// CONCATENATED MODULE: ./src/github/action.ts
/** The Action's flow: inputs → run (or read) head → baseline → compare → report → post → gate. Posting comes before the gate. */























function workDir() {
    const dir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'bakeoff');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    return dir;
}
/** The whole step: companion mode (post a fork's report), the bake-off, sweep mode, or the comparison gate. */
async function actionStep(deps = {}) {
    const read = readInputs((name) => lib_core/* getInput */.V4(name));
    if ('error' in read) {
        lib_core/* setFailed */.C1(read.error);
        return;
    }
    const inputs = read.inputs;
    if (inputs.githubToken)
        lib_core/* setSecret */.Pq(inputs.githubToken);
    lib_core/* saveState */.LZ(OWNER_STATE, THIS_PROCESS); // the post step removes this process's containers if it is cancelled
    const ctx = readContext();
    const octokit = deps.octokit ?? octokitFor(inputs.githubToken, (line) => lib_core/* info */.pq(line));
    const store = deps.store ?? actionsArtifactStore({ token: inputs.githubToken, owner: ctx.owner, repo: ctx.repo });
    const env = { octokit, store, workspace: deps.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd(), dir: workDir() };
    try {
        await stepFor(inputs, ctx, env);
    }
    catch (err) {
        const known = describeUserError(err);
        if (!known)
            throw err;
        lib_core/* setFailed */.C1(`bakeoff: ${known.message}`);
    }
}
function stepFor(inputs, ctx, env) {
    const mode = inputs.mode;
    switch (mode.kind) {
        case 'post-report':
            return postForkReports(mode.dir, {
                octokit: env.octokit,
                store: env.store,
                where: { owner: ctx.owner, repo: ctx.repo },
                ctx,
                failOnInconclusive: inputs.failOnInconclusive,
                thresholds: thresholdsOf(inputs),
            });
        case 'rank':
            return rankStep(inputs, mode, env.store, env.dir);
        case 'sweep':
            return sweepStep(inputs, mode.multipliers, env.store, env.dir);
        case 'shard':
            return shardStep(inputs, mode.shard, ctx, env);
        case 'gate':
            return gateStep(inputs, mode.results, ctx, env);
    }
}
async function gateStep(inputs, resultsFile, ctx, env) {
    const { head, baseline, suiteText } = await headAndBaseline(inputs, resultsFile, ctx, env);
    const names = { suite: head.suite.name, profile: head.profile.name };
    const resultsPath = (0,external_node_path_.join)(env.dir, 'results.json');
    io_writeJsonAtomic(resultsPath, head);
    const logs = agentLogFiles(head, (0,external_node_path_.join)(env.dir, 'head.agent-logs'));
    await uploadFiles(env.store, artifactName.results(names.suite, names.profile), { 'results.json': resultsPath, ...logs }, env.dir);
    let basePath;
    if (baseline.results) {
        basePath = (0,external_node_path_.join)(env.dir, 'baseline.json');
        io_writeJsonAtomic(basePath, baseline.results);
        if (baseline.rerun)
            await uploadFiles(env.store, artifactName.baseline(names.suite, names.profile), { 'results.json': basePath }, env.dir);
        lib_core/* info */.pq(`bakeoff: baseline: ${baseline.source}`);
    }
    const noBaselineReason = ctx.pr
        ? baseline.results
            ? ''
            : baseline.reason
        : `A ${ctx.eventName || 'non-PR'} run: results uploaded as the next baseline.`;
    const baselineNote = baseline.results ? `Baseline: ${baseline.source}.` : undefined;
    const { verdict, markdown, fails } = judgeHead(head, baseline.results, {
        thresholds: thresholdsOf(inputs),
        failOnInconclusive: inputs.failOnInconclusive,
        runUrl: ctx.runUrl,
        noBaselineReason,
        baselineNote,
    });
    const reportPath = (0,external_node_path_.join)(env.dir, 'report.md');
    (0,external_node_fs_.writeFileSync)(reportPath, markdown);
    await lib_core/* summary */.z.addRaw(markdown, true).write();
    if (!ctx.pr)
        await lib_core/* summary */.z.addRaw(`\n### Sizing this gate (bakeoff plan)\n\n${sizeConfiguredGate(head, thresholdsOf(inputs))}\n`).write();
    setOutputs(verdict, head, resultsPath, reportPath);
    if (ctx.pr) {
        const files = { 'head.json': resultsPath, 'report.md': reportPath, ...(basePath ? { 'base.json': basePath } : {}) };
        await publishOrHandOver(inputs, ctx, env, { verdict, report: markdown, head, names, files, suiteText });
    }
    // the gate, after everything is posted
    if (fails)
        lib_core/* setFailed */.C1(`bakeoff: verdict ${verdict.verdict}: the gate failed (see the report)`);
}
/**
 * One shard of a sharded run: the head's shard and, under `baseline: rerun` on a pull request, the
 * base's tasks on the same shard, interleaved on this runner. Uploaded for the compare job, which
 * merges head and base shards separately and compares them; no verdict here.
 */
async function shardStep(inputs, shard, ctx, env) {
    const head = loadConfigs(inputs);
    const rerun = ctx.pr && inputs.baseline === 'rerun' ? await rerunConfigs(inputs, ctx.pr.baseSha, env.workspace) : undefined;
    if (rerun && 'reason' in rerun)
        lib_core/* info */.pq(`bakeoff: ${rerun.reason}`);
    const base = rerun && !('reason' in rerun) ? rerun : undefined;
    const names = { suite: head.suite.value.name, profile: head.profile.value.name };
    const what = `run shard ${shard.index}/${shard.count} of ${names.suite} × ${names.profile}${base ? ' (base and head interleaved)' : ''}`;
    const ran = await lib_core/* group */.Os(`bakeoff: ${what}`, () => runHeadAndBase(inputs, ctx, { head, base, shard }, env.dir));
    lib_core/* info */.pq(run_summary_runSummary(ran.head));
    const files = { 'head.json': (0,external_node_path_.join)(env.dir, 'head.json') };
    io_writeJsonAtomic(files['head.json'], ran.head);
    if (ran.base)
        io_writeJsonAtomic((files['base.json'] = (0,external_node_path_.join)(env.dir, 'base.json')), ran.base);
    await uploadFiles(env.store, artifactName.shard(names.suite, names.profile, shard), files, env.dir);
    lib_core/* setOutput */.uH('verdict', 'none');
    lib_core/* setOutput */.uH('results-path', files['head.json']);
}
function setOutputs(v, head, resultsPath, reportPath) {
    lib_core/* setOutput */.uH('verdict', v?.verdict ?? 'none');
    lib_core/* setOutput */.uH('success-rate', String(v?.successRate.head ?? head.summary.successRate ?? ''));
    lib_core/* setOutput */.uH('base-success-rate', String(v?.successRate.base ?? ''));
    lib_core/* setOutput */.uH('delta', String(v?.successRate.delta ?? ''));
    lib_core/* setOutput */.uH('p-value', String(v?.successRate.pValue ?? ''));
    lib_core/* setOutput */.uH('infra-error-rate', String(head.summary.infraErrorRate ?? ''));
    lib_core/* setOutput */.uH('results-path', resultsPath);
    lib_core/* setOutput */.uH('report-path', reportPath);
}
/**
 * The head results (run here, or the `results` input) and the baseline: an artifact or a path is
 * fetched before the run; a rerun runs the base commit's suite and profile interleaved with the head.
 */
async function headAndBaseline(inputs, resultsFile, ctx, env) {
    const given = resultsFile ? io_readResults(resultsFile) : undefined;
    const headConfigs = given ? undefined : loadConfigs(inputs);
    const names = given
        ? { suite: given.suite.name, profile: given.profile.name }
        : { suite: headConfigs.suite.value.name, profile: headConfigs.profile.value.name };
    const suiteText = headConfigs?.suite.text ?? readIfGiven(inputs.suite);
    const mode = parseBaselineMode(inputs.baseline);
    let baseline = ctx.pr ? await fetchBaseline(mode, ctx, env, names) : { results: null, reason: 'Not a pull request.' };
    const wantRerun = ctx.pr !== undefined && baseline.results === null && (mode === 'rerun' || mode === 'auto');
    const rerun = wantRerun ? await rerunConfigs(inputs, ctx.pr.baseSha, env.workspace) : undefined;
    if (rerun && 'reason' in rerun)
        baseline = { results: null, reason: rerun.reason };
    const base = rerun && !('reason' in rerun) ? rerun : undefined;
    const what = headConfigs && base
        ? `run ${names.suite} × ${names.profile} (base and head interleaved)`
        : headConfigs
            ? `run ${names.suite} × ${names.profile}`
            : 'run the base branch';
    const ran = headConfigs || base ? await lib_core/* group */.Os(`bakeoff: ${what}`, () => runHeadAndBase(inputs, ctx, { head: headConfigs, base }, env.dir)) : {};
    const head = given ?? ran.head;
    if (!given)
        lib_core/* info */.pq(run_summary_runSummary(head));
    if (ran.base)
        baseline = { results: ran.base, source: `rerun of ${ctx.pr.baseSha.slice(0, 7)} on this runner`, rerun: true };
    return { head, baseline, suiteText };
}
/** The baseline that needs no run: a results path, or the base branch's artifact. */
async function fetchBaseline(mode, ctx, env, names) {
    if (mode === 'none')
        return { results: null, reason: 'Baseline disabled (baseline: none).' };
    if (typeof mode === 'object')
        return baselineFromPath(mode.path);
    if (mode === 'rerun')
        return { results: null, reason: 'baseline: rerun' };
    const pr = ctx.pr;
    const lookup = async () => {
        const workflowId = (await env.octokit.rest.actions.getWorkflowRun({ owner: ctx.owner, repo: ctx.repo, run_id: ctx.runId })).data.workflow_id;
        const where = { owner: ctx.owner, repo: ctx.repo, workflowId };
        return baselineFromArtifact(env.octokit, env.store, where, { sha: pr.baseSha, branch: pr.baseRef }, names, (s) => lib_core/* info */.pq(s));
    };
    const found = await lib_core/* group */.Os("bakeoff: baseline at the PR's base commit", () => lookup().catch((err) => ({ results: null, reason: `Could not fetch the baseline artifact: ${err.message}` })));
    if (!found.results)
        lib_core/* info */.pq(`bakeoff: ${found.reason}`);
    return found;
}
/** The base commit's suite and profile, from a worktree; or why there is nothing to rerun. */
async function rerunConfigs(inputs, baseSha, workspace) {
    const tree = await lib_core/* group */.Os('bakeoff: base commit worktree', () => baseWorktree(workspace, baseSha, (s) => lib_core/* info */.pq(s)));
    const suite = inWorktree(workspace, tree, inputs.suite);
    const profile = inWorktree(workspace, tree, inputs.profile);
    if (!suite || !profile)
        return { reason: `The base commit has no ${!suite ? inputs.suite : inputs.profile}: nothing to rerun.` };
    return loadConfigs({ suite, profile, agent: inputs.agent, build: inputs.build });
}
/** Runs the head and/or the base (from its worktree) through one scheduler, their trials interleaved. */
async function runHeadAndBase(inputs, ctx, sides, dir) {
    const side = (configs, sha, branch) => {
        maskSecrets(configs.suite.value);
        return { configs, ref: { sha, branch } };
    };
    return runGateSides({
        head: sides.head && side(sides.head, ctx.pr?.headSha ?? ctx.sha, ctx.pr?.headRef ?? ctx.ref.replace(/^refs\/heads\//, '')),
        base: sides.base && side(sides.base, ctx.pr.baseSha, ctx.pr.baseRef),
        multiplier: inputs.multiplier,
        trials: inputs.trials,
        shard: sides.shard,
        dir,
        concurrency: inputs.concurrency,
        progress: { write: (t) => process.stdout.write(t), isTTY: false },
        log: (line) => lib_core/* info */.pq(line),
        warn: (line) => lib_core/* warning */.$e(line),
        checks: { where: 'action', allowMissingImages: inputs.allowMissingImages },
    });
}
/**
 * The comment and the check run; for a fork's read-only token (or a 403) instead the report
 * artifact that the bakeoff-comment workflow posts.
 */
async function publishOrHandOver(inputs, ctx, env, r) {
    const pr = ctx.pr;
    const reportArtifact = artifactName.report(r.names.suite, r.names.profile);
    const meta = (0,external_node_path_.join)(env.dir, 'pr.json');
    io_writeJsonAtomic(meta, { number: pr.number, headSha: pr.headSha, suite: r.names.suite, profile: r.names.profile });
    if (pr.fromFork) {
        lib_core/* info */.pq('bakeoff: pull request from a fork: the token is read-only, so the report goes into an artifact for the bakeoff-comment workflow');
        await uploadFiles(env.store, reportArtifact, { 'pr.json': meta, ...r.files }, env.dir);
        return;
    }
    try {
        const where = { owner: ctx.owner, repo: ctx.repo };
        await publishReport(env.octokit, where, ctx, inputs, {
            verdict: r.verdict,
            report: r.report,
            markerText: marker(r.names.suite, r.names.profile),
            head: r.head,
            suiteText: r.suiteText,
        });
    }
    catch (err) {
        if (isPermissionRefusal(err)) {
            // A read-only token (Dependabot, a restricted workflow): the companion can post what this run could not.
            lib_core/* warning */.$e(`bakeoff: the token cannot write (${err.message}); the report is in the job summary and the ${reportArtifact} artifact`);
            await uploadFiles(env.store, reportArtifact, { 'pr.json': meta, ...r.files }, env.dir);
            return;
        }
        // Retries and rate-limit waits are behind us: the verdict stands, and only the gate decides the job unless asked.
        const message = `bakeoff: could not post the report (${err.message}); it is in the job summary`;
        if (inputs.failOnPostError)
            lib_core/* setFailed */.C1(message);
        else
            lib_core/* warning */.$e(message);
    }
}
/** The Harbor agent and verifier logs this run kept, as artifact entries (agent-logs/<task>/<trial>[-verifier].tar), for a reviewer to open. */
function agentLogFiles(results, dir) {
    const kept = results.trials.flatMap((t) => [t.agentLogs, t.verifierLogs].filter((rel) => !!rel && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, rel))));
    return Object.fromEntries(kept.map((rel) => [`agent-logs/${rel}`, (0,external_node_path_.join)(dir, rel)]));
}
function readIfGiven(file) {
    try {
        return file ? (0,external_node_fs_.readFileSync)(file, 'utf8') : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/main.ts
/** The Action (dist/index.js): a thin shell over src/github/action.ts. */


async function run() {
    try {
        await actionStep();
    }
    catch (err) {
        lib_core/* setFailed */.C1(`bakeoff: ${err.message}`);
        lib_core/* debug */.Yz(err.stack ?? '');
    }
}


/***/ })

};
