namespace Kinlink.Web.Presentation;

/// <summary>One message about one form field; <see cref="Field"/> is the id of the control it belongs to.</summary>
public sealed record FieldError(string Field, string Message);
