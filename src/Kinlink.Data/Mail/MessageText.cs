namespace Kinlink.Data.Mail;

/// <summary>What a message says and who the family member at the other end is: for the text permission only.</summary>
public sealed record MessageText(string Reference, string Text, string CorrespondentName, string CorrespondentAddress, string CorrespondentRelation, string Language);
