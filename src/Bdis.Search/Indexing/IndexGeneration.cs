using Bdis.Search.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace Bdis.Search.Indexing;

/// <summary>
/// One opened index generation: the writer (this process is its only writer) and a <see cref="SearcherManager"/>
/// refreshed after each applied batch. The change-log watermark lives in the commit user data.
/// </summary>
public sealed class IndexGeneration : IDisposable
{
    public const string WatermarkKey = "bdis.watermark";

    /// <summary>Commit-data key of the document layout version (see <see cref="Schema"/>).</summary>
    public const string SchemaKey = "bdis.schema";

    /// <summary>
    /// The document layout this code writes and reads; an index of another layout is rebuilt on start rather than
    /// misread. 2: positions in the map-label doc values, text indexed without positions, coordinate ranges as
    /// 32-bit integers. 3: the default-order doc values.
    /// </summary>
    public const string Schema = "3";

    private readonly Directory _directory;

    private IndexGeneration(string name, Directory directory, IndexWriter writer)
    {
        Name = name;
        _directory = directory;
        Writer = writer;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, new SearcherFactory());
    }

    public string Name { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    /// <summary>When this process last committed the generation (or opened it).</summary>
    public DateTimeOffset LastCommitAt { get; private set; } = DateTimeOffset.UtcNow;

    /// <summary>How far this index has followed the change log; null when never recorded.</summary>
    public ChangeLogPosition? Position => ChangeLogPosition.FromCommitData(Writer.CommitData, WatermarkKey);

    /// <summary>The xid8 below which every change is in this index (its position's xmin); null when never recorded.</summary>
    public ulong? Watermark => Position?.Xmin;

    /// <summary>Whether the index was written with this code's document layout.</summary>
    public bool HasCurrentSchema => Writer.CommitData.TryGetValue(SchemaKey, out var schema) && schema == Schema;

    public static PerFieldAnalyzerWrapper CreateAnalyzer() => new(FrenchAnalysis.Stemmed, new Dictionary<string, Lucene.Net.Analysis.Analyzer>
    {
        [IndexFields.NameFolded] = FrenchAnalysis.Folded,
        [IndexFields.Place] = FrenchAnalysis.Folded,
    });

    /// <summary>Opens (or, with <paramref name="create"/>, creates) the index in a generation folder.</summary>
    /// <param name="bulk">A full build: large buffer, no merging while writing (merges would rewrite everything
    /// already written; the few large segments it leaves search well), no compound files.</param>
    public static IndexGeneration Open(IndexLocation location, string name, bool create, bool bulk = false)
    {
        var directory = FSDirectory.Open(location.PathOf(name));
        try
        {
            var config = new IndexWriterConfig(FrenchAnalysis.Version, CreateAnalyzer())
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
                RAMBufferSizeMB = bulk ? 128 : 32,
                UseCompoundFile = !bulk,
            };
            if (bulk)
            {
                config.MergePolicy = NoMergePolicy.NO_COMPOUND_FILES;
            }

            var writer = new IndexWriter(directory, config);
            return new IndexGeneration(name, directory, writer);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public void Commit(ChangeLogPosition position)
    {
        var data = new Dictionary<string, string> { [SchemaKey] = Schema };
        position.AddTo(data, WatermarkKey);
        Writer.SetCommitData(data);
        Writer.Commit();
        LastCommitAt = DateTimeOffset.UtcNow;
        Searchers.MaybeRefreshBlocking();
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        _directory.Dispose();
    }
}
