using Kinlink.Data.Registry;
using Kinlink.Web.Presentation;

namespace Kinlink.Web.Pages.Registry.Persons;

/// <summary>What _PersonForm.cshtml needs: the values to show, the errors, and the parties to choose from.</summary>
public sealed record PersonFormView(PersonInput Input, FormErrors Errors, IReadOnlyList<Choice> Parties, string SubmitText, int? Version = null);
