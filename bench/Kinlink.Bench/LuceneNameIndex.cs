using System.Text;
using AnyAscii;
using Kinlink.Matching.Dates;
using Kinlink.Matching.Engine;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Kinlink.Bench;

/// <summary>
/// The baseline: the same records in a Lucene.NET index, set up the way a developer reaching for a search
/// library would do it. Every name is transliterated to ASCII with AnyAscii and lower-cased, each name part is
/// its own field, the birth year and the full date are exact terms; an enquiry is a fuzzy query (two edits) per
/// name word, plus the year and date terms, all optional (SHOULD), ranked by Lucene's score. The index lives in a
/// <see cref="RAMDirectory"/> (in memory, like the in-memory matcher) and is merged to one segment after
/// loading, which is the fastest shape for searching.
/// </summary>
public sealed class LuceneNameIndex : IDisposable
{
    private const string IdField = "id";
    private const string SurnameField = "surname";
    private const string GivenNameField = "given";
    private const string PatronymicField = "patronymic";
    private const string YearField = "year";
    private const string DateField = "date";
    private const int MaxEdits = 2;

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public LuceneNameIndex(IEnumerable<MatchRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 256,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var record in records)
            {
                writer.AddDocument(DocumentOf(record));
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public long SizeInBytes => _directory.GetSizeInBytes();

    /// <summary>Record ids, best first, at most <paramref name="top"/>. Safe to call from several threads.</summary>
    public IReadOnlyList<string> Search(MatchRecord enquiry, int top)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        var query = QueryOf(enquiry);
        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var hits = _searcher.Search(query, top);
        var ids = new List<string>(hits.ScoreDocs.Length);
        foreach (var hit in hits.ScoreDocs)
        {
            ids.Add(_searcher.Doc(hit.Doc).Get(IdField, System.Globalization.CultureInfo.InvariantCulture));
        }

        return ids;
    }

    public static BooleanQuery QueryOf(MatchRecord enquiry)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        var query = new BooleanQuery();
        AddFuzzy(query, SurnameField, enquiry.Surname);
        AddFuzzy(query, GivenNameField, enquiry.GivenName);
        AddFuzzy(query, PatronymicField, enquiry.Patronymic);
        if (enquiry.DateOfBirth is { } born)
        {
            query.Add(new TermQuery(new Term(YearField, Year(born))), Occur.SHOULD);
            if (born.Precision == DatePrecision.Day)
            {
                query.Add(new TermQuery(new Term(DateField, born.ToString())), Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>AnyAscii, lower case, and words of letters and digits (apostrophes dropped inside a word, as in Мар'яна).</summary>
    public static IReadOnlyList<string> Words(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var ascii = name.Transliterate().ToLowerInvariant();
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c is not '\'' and not '`' && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static Document DocumentOf(MatchRecord record)
    {
        var document = new Document { new StringField(IdField, record.Id, Field.Store.YES) };
        AddWords(document, SurnameField, record.Surname);
        AddWords(document, GivenNameField, record.GivenName);
        AddWords(document, PatronymicField, record.Patronymic);
        if (record.DateOfBirth is { } born)
        {
            document.Add(new StringField(YearField, Year(born), Field.Store.NO));
            if (born.Precision == DatePrecision.Day)
            {
                document.Add(new StringField(DateField, born.ToString(), Field.Store.NO));
            }
        }

        return document;
    }

    private static void AddWords(Document document, string field, string? name)
    {
        foreach (var word in Words(name))
        {
            document.Add(new StringField(field, word, Field.Store.NO));
        }
    }

    private static void AddFuzzy(BooleanQuery query, string field, string? name)
    {
        foreach (var word in Words(name))
        {
            query.Add(new FuzzyQuery(new Term(field, word), MaxEdits), Occur.SHOULD);
        }
    }

    private static string Year(BirthDate born) => born.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
