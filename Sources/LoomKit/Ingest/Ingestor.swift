import Foundation
import LoomDocuments
import LoomExtraction
import LoomGraph
import LoomLanguage

/// What an ingest did, for the summary line and for tests.
public struct IngestReport: Sendable {
    /// Supported files found (each then ingested, unchanged, or skipped because it could not be read).
    public var filesFound = 0
    /// Paths skipped before reading (unsupported type, hidden, broken link, missing); also in ``skipped``.
    public var skippedByDiscovery = 0
    public var ingested = 0
    public var unchanged = 0
    public var skipped: [SkippedFile] = []
    public var warnings: [SkippedFile] = []
    public var sentences = 0
    public var triples = 0
    public var entitiesAdded = 0
    public var edgesAdded = 0
    public var bytes = 0
    public var seconds = 0.0
    /// True when the run was stopped before every file was read (Ctrl-C).
    public var cancelled = false

    public init() {}

    /// Every path looked at: the files found plus the paths discovery skipped.
    public var filesSeen: Int { filesFound + skippedByDiscovery }
}

/// Progress of a running ingest (files done out of files found).
public struct IngestProgress: Sendable {
    public var done: Int
    public var total: Int
    public var bytes: Int
    public var seconds: Double
}

/// A flag another thread can raise to stop an ingest between documents.
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    public init() {}

    public func raise() { lock.withLock { raised = true } }
    public var isRaised: Bool { lock.withLock { raised } }
}

/// Reads files, analyses them on all cores and writes them to the store in path order, in batched
/// transactions of whole documents (so an interrupted run keeps every document of every committed
/// batch, and never half a document).
public struct Ingestor: Sendable {
    public let store: GraphStore
    public let analyzer: ArticleAnalyzer
    public let reader: DocumentReader
    public let resolver: EntityResolver
    /// Documents analysed at once; the writer keeps at most a few times this many results waiting.
    public let workers: Int
    /// Documents written per transaction: one transaction per document would rewrite the same index
    /// pages for every document; a batch writes them once. A crash loses at most the batch in progress.
    /// 256 writes a quarter of the WAL pages of 32 (5 MB benchmark corpus: 84 k page writes instead of
    /// 340 k, `strace -c`), at the cost of holding one batch of analysed documents in memory.
    public let batchSize: Int

    public init(
        store: GraphStore, analyzer: ArticleAnalyzer, reader: DocumentReader = DocumentReader(),
        resolver: EntityResolver = EntityResolver(), workers: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 256
    ) {
        self.store = store
        self.analyzer = analyzer
        self.reader = reader
        self.resolver = resolver
        self.workers = max(1, workers)
        self.batchSize = max(1, batchSize)
    }

    /// What the report keeps of a document until its batch is stored.
    private struct BatchNote: Sendable {
        var path: String
        var warnings: [String]
        var bytes: Int
    }

    /// A batch handed to the writer thread, with what the store said.
    private struct WrittenBatch: Sendable {
        var items: [DocumentBatchItem]
        var notes: [BatchNote]
        var result: Result<[IngestCounts], StoreError>
    }

    private enum Outcome: Sendable {
        case skipped(SkippedFile)
        case unchanged
        case analysed(DocumentRecord, [ResolvedTriple], [StoredSentence], warnings: [String], bytes: Int, seconds: Double)
    }

    /// Ingests every supported file under `paths`.
    public func ingest(
        _ paths: [String], cancel: CancellationFlag = CancellationFlag(),
        progress: @Sendable (IngestProgress) -> Void = { _ in }
    ) async throws(StoreError) -> IngestReport {
        let started = Date()
        var report = IngestReport()
        let discovery = DocumentDiscovery.files(in: paths)
        report.skipped = discovery.skipped
        report.skippedByDiscovery = discovery.skipped.count
        let files = discovery.files
        report.filesFound = files.count
        var failure: StoreError?

        await withTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0
            var inFlight = 0
            var writeIndex = 0
            var waiting: [Int: Outcome] = [:]
            let (product, overflow) = workers.multipliedReportingOverflow(by: 16)
            let backlog = overflow ? Int.max : product

            func launchMore() {
                while inFlight < workers, next < files.count, next - writeIndex < backlog, !cancel.isRaised {
                    let index = next
                    let url = files[index]
                    group.addTask { (index, self.process(url)) }
                    next += 1
                    inFlight += 1
                }
            }

            var batch: [DocumentBatchItem] = []
            var batchNotes: [BatchNote] = []
            var pace = SlowDocumentDetector()
            // One batch is written on the writer thread while the next one fills (double buffering).
            let writer = StoreWriterThread()
            let store = self.store
            var pendingWrite: Task<WrittenBatch, Never>?

            func account(_ written: WrittenBatch) {
                guard failure == nil else { return }
                switch written.result {
                case .failure(let error):
                    failure = error
                case .success(let counts):
                    for (item, count) in zip(written.items, counts) {
                        if count.unchanged {  // another process wrote this version meanwhile
                            report.unchanged += 1
                            continue
                        }
                        report.ingested += 1
                        report.sentences += item.sentences.count
                        report.triples += item.triples.count
                        report.entitiesAdded += count.newEntities
                        report.edgesAdded += count.newEdges
                    }
                    for note in written.notes {
                        report.bytes += note.bytes
                        for warning in note.warnings { report.warnings.append(SkippedFile(path: note.path, reason: warning)) }
                    }
                }
            }

            /// Waits for the batch being written, if any, and accounts for it.
            func settle() async {
                if let write = pendingWrite {
                    account(await write.value)
                    pendingWrite = nil
                }
            }

            /// Hands the filled batch to the writer thread (after the previous one is stored).
            func flush() async {
                await settle()
                guard failure == nil, !batch.isEmpty else { return }
                let items = batch, notes = batchNotes
                pendingWrite = Task {
                    await writer.run {
                        WrittenBatch(items: items, notes: notes, result: Result { () throws(StoreError) in try store.ingest(batch: items) })
                    }
                }
                batch.removeAll(keepingCapacity: true)
                batchNotes.removeAll(keepingCapacity: true)
            }

            launchMore()
            for await (index, outcome) in group {
                inFlight -= 1
                waiting[index] = outcome
                while failure == nil, let ready = waiting.removeValue(forKey: writeIndex) {
                    let path = Self.storedPath(files[writeIndex])
                    switch ready {
                    case .skipped(let file):
                        report.skipped.append(file)
                    case .unchanged:
                        report.unchanged += 1
                    case .analysed(let record, let triples, let sentences, var warnings, let bytes, let seconds):
                        if let note = pace.note(seconds: seconds, bytes: bytes) { warnings.append(note) }
                        let item = DocumentBatchItem(document: record, triples: triples, sentences: sentences)
                        do throws(StoreError) {
                            try GraphStore.validate(item)
                            batch.append(item)
                            batchNotes.append(BatchNote(path: path, warnings: warnings, bytes: bytes))
                        } catch {
                            // The store would refuse this document; the others go on.
                            report.skipped.append(SkippedFile(path: path, reason: "not stored: \(error)"))
                        }
                    }
                    writeIndex += 1
                    if batch.count >= batchSize { await flush() }
                    progress(IngestProgress(
                        done: writeIndex, total: files.count, bytes: report.bytes,
                        seconds: Date().timeIntervalSince(started)))
                }
                if failure == nil { launchMore() }
            }
            await flush()
            await settle()
            report.cancelled = writeIndex < files.count
        }
        if let failure { throw failure }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// The path stored for a document: relative to the current folder when it lies below it, so that
    /// stores and exports do not depend on where a checkout lives.
    static func storedPath(_ url: URL) -> String {
        let folder = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }

    private func process(_ url: URL) -> Outcome {
        let path = Self.storedPath(url)
        var article: Article
        do { article = try reader.read(url) } catch {
            return .skipped(SkippedFile(path: path, reason: error.description))
        }
        article.path = path
        let hash = DocumentRecord.contentHash(of: article.text)
        if let status = try? store.documentStatus(path: path, contentHash: hash), status == .unchanged {
            return .unchanged
        }
        let clock = ContinuousClock.now
        let extractions = analyzer.analyze(article)
        let resolved = resolver.resolve(extractions)
        let elapsed = clock.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let sentences = ArticleRecord.sentences(extractions, text: article.text)
        let record = ArticleRecord.document(article, hash: hash, sentenceCount: extractions.count)
        return .analysed(record, resolved, sentences, warnings: article.warnings, bytes: article.text.utf8.count, seconds: seconds)
    }
}
