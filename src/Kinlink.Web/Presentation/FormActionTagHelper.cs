using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Kinlink.Web.Presentation;

/// <summary>
/// Gives a form that names no action its page's own address, without the fragment. A form without an action posts to
/// the address in the bar, fragment and all: after the skip link that is "#main", and a page answered with a fragment
/// skips its autofocus (HTML's autofocus rules), so the error summary would not get focus for a keyboard user.
/// </summary>
[HtmlTargetElement("form")]
public sealed class FormActionTagHelper : TagHelper
{
    // After the framework's form tag helper, which writes the action of a form with asp-page or asp-page-handler.
    public override int Order => 1000;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.Attributes.ContainsName("action"))
        {
            return;
        }

        var request = ViewContext.HttpContext.Request;
        output.Attributes.SetAttribute("action", $"{request.PathBase}{request.Path}{request.QueryString}");
    }
}
