using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Administration;

[Authorize(Policy = Politiques.Administration)]
public sealed class IndexModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed record Rubrique(string Titre, string Url, string Description, string? Compteur);

    public IReadOnlyList<Rubrique> Rubriques { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var territoires = await db.Territoires.CountAsync(t => t.Actif);
        var structures = await db.Structures.CountAsync(s => s.Actif);
        var utilisateurs = await db.UtilisateursDuDepartement().CountAsync(u => u.Actif);
        var rubriques = new List<Rubrique>
        {
            new("Territoires", "/administration/territoires", "Territoires d'action sociale et communes qui les composent.", Compter(territoires, "territoire actif", "territoires actifs")),
            new("Structures", "/administration/structures", "Structures qui accompagnent ou portent des actions d'insertion.", Compter(structures, "structure active", "structures actives")),
            new("Utilisateurs", "/administration/utilisateurs", "Comptes, habilitations, désactivation et double authentification.", Compter(utilisateurs, "compte actif", "comptes actifs")),
            new("Journal d'audit", "/administration/journal", "Qui a fait quoi, quand : recherche et export.", null),
            new("Clés d'API", "/administration/cles-api", "Clés des dépôts automatiques de fichiers CAF/MSA.", null),
            new("Conservation des données", "/administration/conservation", "Durée de conservation, simulation et anonymisation.", null),
            new("Délais des prescriptions", "/administration/prescriptions", "Relance des opérateurs et expiration des prescriptions sans réponse.", null),
            new("Équipes pluridisciplinaires", "/administration/equipes-pluridisciplinaires", "Équipes et membres, thématiques, règles et barème, délégations de décision.", null),
        };
        if ((await authorization.AuthorizeAsync(User, Politiques.AdministrationPlateforme)).Succeeded)
            rubriques.Add(new("Départements", "/administration/departements", "Départements ouverts sur la plateforme (administration nationale).", null));
        Rubriques = rubriques;
    }

    private static string Compter(int n, string singulier, string pluriel) => $"{n} {(n > 1 ? pluriel : singulier)}";
}
