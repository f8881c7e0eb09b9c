namespace Kinlink.Web.Presentation;

/// <summary>One option of a select: the code posted and the text shown.</summary>
public sealed record Choice(string Value, string Text);
