namespace Kinlink.Data.Access;

/// <summary>A before or after value of a change as the trail can show it; <see cref="Text"/> only when <see cref="AuditValueKind.Shown"/>.</summary>
public sealed record AuditValue(AuditValueKind Kind, string? Text = null)
{
    public static AuditValue None { get; } = new(AuditValueKind.None);

    public static AuditValue Erased { get; } = new(AuditValueKind.Erased);

    public static AuditValue Unreadable { get; } = new(AuditValueKind.Unreadable);
}
