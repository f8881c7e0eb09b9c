using Kinlink.Data.Mail;
using Kinlink.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kinlink.Web.ViewComponents;

/// <summary>
/// An enquiry's messages and parcels stopped because the person died or was released, with the "sender informed" action,
/// for its case page. Shown only to readers who work on mail (MailWork) and only when there is something to show.
/// </summary>
public sealed class EnquiryStoppedMailViewComponent(MailRoutingService routing, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string enquiryReference)
    {
        if (!(await authorization.AuthorizeAsync(HttpContext.User, Policies.MailWork)).Succeeded)
        {
            return Content("");
        }

        var stopped = await routing.StoppedAsync(enquiryReference, HttpContext.Actor(), HttpContext.RequestAborted);
        // "_Default", not "Default": a view whose name starts with an underscore is never taken for a page.
        return stopped.Count == 0 ? Content("") : View("_Default", stopped);
    }
}
