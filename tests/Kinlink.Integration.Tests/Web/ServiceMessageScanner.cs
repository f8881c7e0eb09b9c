using System.Text;
using System.Text.RegularExpressions;

namespace Kinlink.Integration.Tests.Web;

/// <summary>
/// Finds the messages the services write for users, in C# source, as catalogue templates (interpolated values become
/// {0}, {1}… in order). It recognises the string literals, plain, verbatim and interpolated, within the statement that
/// starts at one of these sites, up to its semicolon:
/// <list type="bullet">
/// <item><c>throw new</c> ValidationFailedException, DomainRuleException, ConflictException, ForbiddenException or
/// ListFileException (and <c>?? throw new …</c>);</item>
/// <item><c>errors[…] = [ … ]</c>, a field's messages;</item>
/// <item><c>new ImportRowError(…)</c> and the list import's <c>Error(column, reason)</c>, an import row's reason;</item>
/// <item><c>new NotFoundException("What", …)</c>, whose message is "What '{0}' was not found.".</item>
/// </list>
/// A literal there is a message when it holds a space and a full stop, or ends in ": {n}" (so field names and column
/// names are not).
/// <para>
/// Messages are also built in helpers (a date's parse error, a rule's refusal, a switch of reasons) and reach those sites
/// as variables, so in a file that is not listed in <see cref="NotUserFacing"/> every literal that reads as a sentence
/// (a capital, a quote or a value first; a space; a full stop or ": {n}" at the end, a trailing value allowed) is a
/// message too. What is still missed (a message glued from pieces) is logged by the translator when it shows up.
/// </para>
/// </summary>
internal static partial class ServiceMessageScanner
{
    /// <summary>
    /// Files whose sentences are not shown to users (demo and scale seed internals, start-up and key errors for the operator, stored notes,
    /// the matching engine's integrity checks, audit details); their throw sites are still scanned.
    /// </summary>
    public static IReadOnlyList<string> NotUserFacing { get; } =
    [
        "/Demo/", "Access/DemoAccounts.cs", "/Configuration/", "/Persistence/", "Settings.cs", "/Registry/Matching/", "Access/ApiTokenService.cs", "Access/AuditTrail.cs",
        "Access/AuditWitness.cs", "Access/FieldEncryption.cs", "Access/KeyStore.cs", "Access/KeyRingXml", "/Registry/Seeding/", "KeyErasedException.cs", "Tracing/PfifInterchange.cs",
        "Tracing/EnquiryLetters.cs", "Exchanges/FamilyNewsService.cs", "Kinlink.Matching/Engine/", "Kinlink.Matching/Evaluation/",
        "Kinlink.Matching/Names/", "Kinlink.Matching/Scoring/", "Kinlink.Matching/Transliterator.cs",
    ];

    /// <summary>Sentences in files that also hold messages, which are stored notes or audit details rather than messages.</summary>
    public static IReadOnlySet<string> NotMessages { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "PFIF record {0} from {1}, made {2}.", "Age given as {0}.", "Note {0} by {1}{2}: {3}", "{0} of {1} refused: {2}",
    };

    /// <param name="sentences">Whether every sentence-like literal counts, not only those at the sites.</param>
    public static IReadOnlySet<string> Messages(string source, bool sentences = true)
    {
        ArgumentNullException.ThrowIfNull(source);
        source = WithoutComments(source);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match site in Site().Matches(source))
        {
            foreach (var literal in StatementLiterals(source, site.Index + site.Length, stopAtSemicolon: true))
            {
                if (literal.Contains(' ', StringComparison.Ordinal) && (literal.Contains('.', StringComparison.Ordinal) || EndsWithValue().IsMatch(literal)))
                {
                    found.Add(literal);
                }
            }
        }

        if (sentences)
        {
            found.UnionWith(StatementLiterals(source, 0, stopAtSemicolon: false).Where(l => Sentence().IsMatch(l)));
        }

        found.ExceptWith(NotMessages);

        foreach (Match notFound in NotFound().Matches(source))
        {
            found.Add($"{notFound.Groups[1].Value} '{{0}}' was not found.");
        }

        return found;
    }

    /// <summary>Every message in the C# files under <paramref name="directories"/> (generated and migration code aside).</summary>
    public static IReadOnlyDictionary<string, string> MessagesUnder(params string[] directories)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in directories.SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            var relative = file.Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/Migrations/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var message in Messages(File.ReadAllText(file), sentences: !NotUserFacing.Any(p => relative.Contains(p, StringComparison.Ordinal))))
            {
                found.TryAdd(message, Path.GetFileName(file));
            }
        }

        return found;
    }

    /// <summary>The source with its comments blanked out (strings kept as they are), so a commented-out throw is no site.</summary>
    private static string WithoutComments(string s)
    {
        var kept = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] is '/' or '*')
            {
                var end = s[i + 1] == '/' ? s.IndexOf('\n', i) : s.IndexOf("*/", i, StringComparison.Ordinal) + 2;
                i = end < 2 ? s.Length : end;
                kept.Append(' ');
                continue;
            }

            if (StartsLiteral(s, i))
            {
                ReadLiteral(s, ref i);
            }
            else
            {
                i += s[i] == '\'' ? (s[i + 1] == '\\' ? 4 : 3) : 1;
            }

            kept.Append(s, start, i - start);
        }

        return kept.ToString();
    }

    /// <summary>The literals from <paramref name="i"/> to the end of the statement (or of the source), comments skipped.</summary>
    private static List<string> StatementLiterals(string s, int i, bool stopAtSemicolon)
    {
        var literals = new List<string>();
        while (i < s.Length && !(stopAtSemicolon && s[i] == ';'))
        {
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                i = s.IndexOf('\n', i) is var end and >= 0 ? end : s.Length;
            }
            else if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                i = s.IndexOf("*/", i, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : s.Length;
            }
            else if (StartsLiteral(s, i))
            {
                literals.Add(ReadLiteral(s, ref i));
            }
            else if (s[i] == '\'')
            {
                i += s[i + 1] == '\\' ? 4 : 3;
            }
            else
            {
                i++;
            }
        }

        return literals;
    }

    private static bool StartsLiteral(string s, int i) =>
        s[i] == '"' || (s[i] is '$' or '@' && i + 1 < s.Length && s[i + 1] is '"' or '$' or '@');

    /// <summary>Reads the literal at <paramref name="i"/> (moving past it) as a template: each interpolation hole is {n}.</summary>
    private static string ReadLiteral(string s, ref int i)
    {
        bool interpolated = false, verbatim = false;
        for (; s[i] is '$' or '@'; i++)
        {
            interpolated |= s[i] == '$';
            verbatim |= s[i] == '@';
        }

        if (string.CompareOrdinal(s, i, "\"\"\"", 0, 3) == 0)
        {
            // A raw literal ("""…""", SQL or JSON in this code base, never a message): read to its closing run of quotes.
            var quotes = 0;
            while (i < s.Length && s[i] == '"')
            {
                quotes++;
                i++;
            }

            var close = s.IndexOf(new string('"', quotes), i, StringComparison.Ordinal);
            var raw = close < 0 ? s[i..] : s[i..close];
            i = close < 0 ? s.Length : close + quotes;
            return raw;
        }

        i++; // the opening quote
        var text = new StringBuilder();
        var holes = 0;
        while (true)
        {
            var c = s[i];
            if (c == '\\' && !verbatim)
            {
                text.Append(s[i + 1] switch { 'n' => '\n', 't' => '\t', var other => other });
                i += 2;
            }
            else if (c == '"' && verbatim && s[i + 1] == '"')
            {
                text.Append('"');
                i += 2;
            }
            else if (c == '"')
            {
                i++;
                return text.ToString();
            }
            else if (interpolated && c == '{' && s[i + 1] == '{')
            {
                text.Append('{');
                i += 2;
            }
            else if (interpolated && c == '}' && s[i + 1] == '}')
            {
                text.Append('}');
                i += 2;
            }
            else if (interpolated && c == '{')
            {
                SkipHole(s, ref i);
                text.Append('{').Append(holes++).Append('}');
            }
            else
            {
                text.Append(c);
                i++;
            }
        }
    }

    /// <summary>Moves past an interpolation hole, whose expression may hold strings (and braces) of its own.</summary>
    private static void SkipHole(string s, ref int i)
    {
        var depth = 0;
        do
        {
            if (StartsLiteral(s, i))
            {
                ReadLiteral(s, ref i);
                continue;
            }

            if (s[i] == '\'')
            {
                i += s[i + 1] == '\\' ? 4 : 3;
                continue;
            }

            depth += s[i] switch { '{' => 1, '}' => -1, _ => 0 };
            i++;
        }
        while (depth > 0);
    }

    [GeneratedRegex(@"throw new (?:ValidationFailedException|DomainRuleException|ConflictException|ForbiddenException|ListFileException)\s*\(|\berrors\[[^\]]*\]\s*=\s*\[|new ImportRowError\s*\(|(?<![\w.])Error\s*\(")]
    private static partial Regex Site();

    [GeneratedRegex(@": \{\d+\}$")]
    private static partial Regex EndsWithValue();

    [GeneratedRegex(@"^[A-Z'""{].*\s.*(\.|: \{\d+\})(\s*\{\d+\})?$", RegexOptions.Singleline)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"new NotFoundException\(\s*""([^""]+)""")]
    private static partial Regex NotFound();
}
