using System.Text;

namespace Kinlink.Cli;

/// <summary>
/// A write-only stream over a <see cref="TextWriter"/>, for <c>--out -</c>: the export writes UTF-8 bytes and
/// they reach standard output (or a test's writer) as text, without buffering the whole file.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => writer.Write(Decode(buffer, flush: false));

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        await writer.WriteAsync(Decode(buffer.Span, flush: false), cancellationToken);

    public override void Flush()
    {
        writer.Write(Decode([], flush: true));
        writer.Flush();
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await writer.WriteAsync(Decode([], flush: true), cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        // The writer belongs to the caller (it is standard output): flush what is pending, never close it.
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private char[] Decode(ReadOnlySpan<byte> bytes, bool flush)
    {
        var chars = new char[_decoder.GetCharCount(bytes, flush)];
        _decoder.GetChars(bytes, chars, flush);
        return chars;
    }
}
