using Microsoft.AspNetCore.Mvc.Filters;

namespace Passerelle.Web.Platform.Profil;

/// <summary>Marks where the page handler starts and ends, so the profile tells it from what comes before and the rendering after.</summary>
public sealed class ProfilPage : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var profil = context.HttpContext.Features.Get<ProfilRequete>();
        profil?.DebuterPage();
        await next();
        profil?.TerminerPage();
    }
}
