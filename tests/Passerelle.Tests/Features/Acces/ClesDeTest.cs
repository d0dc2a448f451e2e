using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Acces.ClesApi;

namespace Passerelle.Tests.Features.Acces;

/// <summary>API keys written straight to the database (the form is tested on its own) and clients that call with them.</summary>
public static class ClesDeTest
{
    public static Task<(string Texte, int Id)> CreerAsync(Application app, string departement, IEnumerable<string> portees,
        DateTime? expireLe = null, bool actif = true) => app.DansDepartementAsync(departement, async db =>
    {
        var (texte, prefixe) = CleApi.Generer();
        var cle = new CleApi
        {
            Nom = "Test " + prefixe,
            Prefixe = prefixe,
            Empreinte = CleApi.Hacher(texte),
            Portees = string.Join(' ', portees),
            CreePar = "test",
            CreeLe = HeureDeTest.MaintenantUtc,
            ExpireLe = expireLe ?? HeureDeTest.MaintenantUtc.AddDays(30),
            Actif = actif,
        };
        db.ClesApi.Add(cle);
        await db.SaveChangesAsync();
        return (texte, cle.Id);
    });

    /// <summary>A partner's program: no cookies, no anti-CSRF header, only the key.</summary>
    public static HttpClient Robot(Application app, string cle)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", cle);
        return client;
    }
}
