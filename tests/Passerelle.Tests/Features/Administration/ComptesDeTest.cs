using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Departements;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Administration;

/// <summary>Accounts, départements and sessions the administration tests create for themselves.</summary>
internal static class ComptesDeTest
{
    public static async Task<(string Id, string Email)> CreerCompteAsync(
        WebApplicationFactory<Program> app, string departement, Role role, int? structureId = null, int? territoireId = null, bool deuxFacteurs = false, string? nom = null, bool actif = true)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@{departement}.passerelle.test";
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var departementId = await db.Departements.Where(d => d.Code == departement).Select(d => d.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(departementId);
        var user = new Utilisateur { Prenom = "Test", Nom = nom ?? $"Compte {role}", DepartementId = departementId, Email = email, UserName = email, Actif = actif };
        user.Habilitations.Add(new Habilitation { UtilisateurId = user.Id, Role = role, StructureId = structureId, TerritoireId = territoireId });
        var resultat = await users.CreateAsync(user, DonneesDemo.MotDePasse);
        Assert.True(resultat.Succeeded, string.Join(", ", resultat.Errors.Select(e => e.Description)));
        if (deuxFacteurs)
        {
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", DonneesDemo.CleAuthentificateur);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        return (user.Id, email);
    }

    /// <summary>Opens a département with no demo data (only its accounts created by the test).</summary>
    public static async Task<string> CreerDepartementAsync(WebApplicationFactory<Program> app, string code, string nom)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Departements.Add(new Departement { Code = code, Nom = nom });
        await db.SaveChangesAsync();
        return code;
    }

    public static Task<string> IdDeAsync(Application app, string login) =>
        app.DansDepartementAsync(login.Split('@')[1], db =>
            db.UtilisateursDuDepartement().Where(u => u.Email == Navigateur.Email(login)).Select(u => u.Id).SingleAsync());

    public static async Task<Utilisateur> CompteAsync(WebApplicationFactory<Program> app, string id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    /// <summary>Signs in on any factory (e.g. one with other settings), answering the TOTP step when asked.</summary>
    public static async Task<Navigateur> ConnecterAsync(WebApplicationFactory<Program> app, string email)
    {
        var navigateur = Navigateur.Anonyme(app);
        var reponse = await navigateur.SoumettreAsync("/connexion", new Dictionary<string, string> { ["Saisie.Email"] = email, ["Saisie.MotDePasse"] = DonneesDemo.MotDePasse });
        if (reponse.Headers.Location?.OriginalString.StartsWith("/connexion/second-facteur", StringComparison.Ordinal) == true)
        {
            await Navigateur.OublierDernierCodeTotpAsync(app, email);
            reponse = await navigateur.SoumettreAsync(reponse.Headers.Location.OriginalString, new Dictionary<string, string> { ["Saisie.Code"] = Navigateur.CodeTotp() });
        }
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return navigateur;
    }

    /// <summary>An antiforgery token valid for this session, taken from any page with a form.</summary>
    public static async Task<string> JetonAsync(Navigateur navigateur, string page)
    {
        var document = await navigateur.PageAsync(page);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"Pas de jeton dans {page}.");
    }
}
