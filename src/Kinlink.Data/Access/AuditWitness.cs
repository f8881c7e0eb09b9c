using System.Globalization;

namespace Kinlink.Data.Access;

/// <summary>
/// A copy of the chain's end kept outside the database, next to the keys: someone who can write to the database can
/// delete the newest entries and set the head row back to an older entry's genuine MAC, and nothing inside the
/// database shows it; the witness still names the later entry. Writers move it after each committed batch, only
/// forward. Every value it ever holds was committed, so with several servers sharing the directory it may lag
/// behind the database (a server that lost the race skips its update) but never runs ahead of it.
/// </summary>
public sealed class AuditWitness(string path)
{
    public const string FileName = "audit-witness";

    private static readonly TimeSpan LockWait = TimeSpan.FromMilliseconds(20);
    private const int LockAttempts = 50;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The mark, or null when no witness was written yet.</summary>
    /// <exception cref="InvalidOperationException">The file is not a witness: damaged or replaced.</exception>
    public AuditWitnessMark? Read()
    {
        string text;
        try
        {
            text = File.ReadAllText(Path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }

        var parts = text.Trim().Split(' ');
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence > 0
            && parts[1].Length == 64 && parts[1].All(char.IsAsciiHexDigitLower)
            ? new AuditWitnessMark(sequence, parts[1])
            : throw new InvalidOperationException($"The audit witness {Path} is damaged: it should hold a sequence number and a MAC.");
    }

    /// <summary>Moves the witness to <paramref name="mark"/> unless it already stands there or further on.</summary>
    /// <returns>True when the witness moved.</returns>
    public async Task<bool> AdvanceAsync(AuditWitnessMark mark, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mark);
        KeyStore.EnsureDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var held = await LockAsync(cancellationToken);
        if (held is null)
        {
            // Another writer holds it for longer than a batch takes: its mark is as good, and the next batch tries again.
            return false;
        }

        if (Read() is { } current && current.Sequence >= mark.Sequence)
        {
            return false;
        }

        // Written beside and renamed into place, so a reader never sees half a line.
        var temporary = $"{Path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var writer = new StreamWriter(temporary, options))
        {
            await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"{mark.Sequence} {mark.Mac}\n"));
        }

        File.Move(temporary, Path, overwrite: true);
        return true;
    }

    private async Task<FileStream?> LockAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < LockAttempts; attempt++)
        {
            try
            {
                // FileShare.None is an exclusive lock on the file, also against other processes.
                return new FileStream(Path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(LockWait, cancellationToken);
            }
        }

        return null;
    }
}
