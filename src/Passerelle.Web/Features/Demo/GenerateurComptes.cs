using Microsoft.AspNetCore.Identity;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Demo;

internal sealed record CompteDemo(Utilisateur Utilisateur);

/// <summary>
/// One documented login per role (<c>role@CODE.passerelle.test</c>), plus référents for every
/// structure that accompanies people. All share the demo password; administrators have TOTP on.
/// </summary>
internal sealed class GenerateurComptes(Random hasard, string hash, string codeDepartement, int departementId)
{
    private static readonly string[] Prenoms =
        ["Camille", "Nathalie", "Julien", "Sophie", "Karim", "Claire", "Thomas", "Amina", "Nicolas", "Isabelle", "Mehdi", "Laure", "Pierre", "Fatou", "Hélène", "Romain"];

    private static readonly string[] Noms =
        ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet"];

    private static readonly TypeStructure[] Accompagnent =
        [TypeStructure.ServiceDepartement, TypeStructure.CcasCias, TypeStructure.AgenceFranceTravail, TypeStructure.MissionLocale,
         TypeStructure.AssociationDelegataire, TypeStructure.CapEmploi, TypeStructure.Plie];

    public List<CompteDemo> Generer(IReadOnlyList<Territoire> territoires, IReadOnlyList<Structure> structures, int referentsParStructure)
    {
        var ccas = structures.First(s => s.Type == TypeStructure.CcasCias);
        var siae = structures.First(s => s.Type == TypeStructure.SiaeAci);
        var comptes = new List<CompteDemo>
        {
            Fixe("admin", "Alice", "Administratrice", new Habilitation { UtilisateurId = "", Role = Role.Administrateur }, plateforme: codeDepartement == "49"),
            Fixe("agent", "Bruno", "Agent", new Habilitation { UtilisateurId = "", Role = Role.AgentDepartemental }),
            Fixe("agent-territoire", "Chloé", "Territoire", new Habilitation { UtilisateurId = "", Role = Role.AgentDepartemental, Territoire = territoires[0] }),
            Fixe("referent", "Denis", "Référent", new Habilitation { UtilisateurId = "", Role = Role.Referent, Structure = ccas }),
            Fixe("responsable", "Emma", "Responsable", new Habilitation { UtilisateurId = "", Role = Role.ResponsableStructure, Structure = ccas }),
            Fixe("operateur", "Farid", "Opérateur", new Habilitation { UtilisateurId = "", Role = Role.Operateur, Structure = siae }),
            Fixe("pilote", "Gaëlle", "Pilote", new Habilitation { UtilisateurId = "", Role = Role.PiloteProgramme }),
            Fixe("membre-ep", "Hugo", "Membre EP", new Habilitation { UtilisateurId = "", Role = Role.MembreEquipePluridisciplinaire, Territoire = territoires[0] }),
            Fixe("charge-entreprise", "Karine", "Entreprises", new Habilitation { UtilisateurId = "", Role = Role.ChargeRelationEntreprise }),
            Fixe("facilitateur", "Léa", "Clauses", new Habilitation { UtilisateurId = "", Role = Role.FacilitateurClauses }),
            Fixe("parrain", "Marc", "Parrain", new Habilitation { UtilisateurId = "", Role = Role.Parrain }),
            Fixe("lecteur", "Inès", "Lecteur", new Habilitation { UtilisateurId = "", Role = Role.Lecteur }),
            Fixe("beneficiaire", "Jules", "Bénéficiaire", new Habilitation { UtilisateurId = "", Role = Role.Beneficiaire }),
        };
        var numero = 0;
        foreach (var structure in structures.Where(s => Accompagnent.Contains(s.Type)))
            for (var i = 0; i < referentsParStructure; i++)
            {
                var prenom = Prenoms[hasard.Next(Prenoms.Length)];
                var nom = Noms[hasard.Next(Noms.Length)];
                var email = $"{Slug(prenom)}.{Slug(nom)}.{++numero}@{codeDepartement}.passerelle.test";
                comptes.Add(new CompteDemo(Nouveau(email, prenom, nom, [new Habilitation { UtilisateurId = "", Role = Role.Referent, Structure = structure }])));
            }
        return comptes;
    }

    private CompteDemo Fixe(string identifiant, string prenom, string nom, Habilitation habilitation, bool plateforme = false)
    {
        var user = Nouveau($"{identifiant}@{codeDepartement}.passerelle.test", prenom, nom, [habilitation]);
        user.AdministrateurPlateforme = plateforme;
        user.TwoFactorEnabled = habilitation.Role == Role.Administrateur;
        return new CompteDemo(user);
    }

    private Utilisateur Nouveau(string email, string prenom, string nom, List<Habilitation> habilitations)
    {
        var id = Guid.CreateVersion7().ToString();
        habilitations.ForEach(h => h.UtilisateurId = id);
        return new Utilisateur
        {
            Id = id,
            Prenom = prenom,
            Nom = nom,
            DepartementId = departementId,
            Email = email,
            UserName = email,
            NormalizedEmail = email.ToUpperInvariant(),
            NormalizedUserName = email.ToUpperInvariant(),
            EmailConfirmed = true,
            LockoutEnabled = true,
            PasswordHash = hash,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            Habilitations = habilitations,
        };
    }

    private static string Slug(string s) =>
        new(s.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray());
}
