namespace Kinlink.Data.Files;

/// <summary>An accepted type of upload: its content type, the extension a download gets, and the bytes it starts with.</summary>
public sealed record UploadedFileType(string ContentType, string Extension, byte[] Magic);
