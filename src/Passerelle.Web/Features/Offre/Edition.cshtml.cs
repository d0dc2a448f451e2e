using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Offre;

/// <summary>A group of checkboxes of the action form.</summary>
public sealed record CasesAction(string Id, string Legende, string Nom, IReadOnlyList<ValeurVocabulaire> Valeurs, IReadOnlyList<string> Cochees);

public sealed record FicheChoisie(int Id, string Programme, string Libelle);

/// <summary>An operator or an agent describes a new action or changes one of theirs.</summary>
[Authorize(Policy = Politiques.GestionOffre)]
public sealed class EditionModel(AppDbContext db, ConsultationOffre consultation, AccesOffre acces, ServiceActions service, Communes.Communes communes,
    VocabulairesDataInclusion vocabulaires) : PageModel
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    public VocabulairesDataInclusion Vocabulaires => vocabulaires;
    public int? Id { get; private set; }
    [BindProperty] public SaisieAction Saisie { get; set; } = new();
    public string? CommuneSaisie { get; private set; }
    public string? Erreur { get; private set; }
    public IReadOnlyList<FicheChoisie> Fiches { get; private set; } = [];
    public IReadOnlyList<(int Id, string Nom)> Structures { get; private set; } = [];
    public IReadOnlyList<ValeurVocabulaire> Territoires { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is int existant)
        {
            var a = await acces.Gerables(db.Set<ActionInsertion>()).AsNoTracking().Include(x => x.Sessions).Include(x => x.Places).FirstOrDefaultAsync(x => x.Id == existant, ct);
            if (a is null) return NotFound();
            Saisie = Depuis(a);
        }
        CommuneSaisie = Saisie.CodeInsee is { } code ? communes.Trouver(code)?.Nom : null;
        await ChargerListesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        CommuneSaisie = Saisie.CodeInsee;
        var departement = await db.CodeDepartementAsync(ct);
        var (insee, erreurCommune) = string.IsNullOrWhiteSpace(Saisie.CodeInsee) ? (null, "Indiquez la commune où l'action a lieu.") : ResolutionCommune.Resoudre(communes, departement, Saisie.CodeInsee);
        if (insee is not null)
        {
            Saisie.CodeInsee = insee;
            var (resultat, nouvel) = await service.EnregistrerAsync(id, Saisie, ct);
            if (resultat.Reussi)
            {
                TempData.Confirmer(resultat.Message);
                return Redirect($"/offre/actions/{nouvel}");
            }
            Erreur = resultat.Message;
        }
        else Erreur = erreurCommune;
        await ChargerListesAsync(ct);
        return Page();
    }

    private async Task ChargerListesAsync(CancellationToken ct)
    {
        Fiches = await consultation.FichesAsync(ct);
        var structures = db.Structures.AsNoTracking();
        if (!acces.Moderateur)
        {
            var miennes = acces.StructuresOperees;
            structures = structures.Where(s => miennes.Contains(s.Id));
        }
        Structures = [.. (await structures.OrderBy(s => s.Nom).Select(s => new { s.Id, s.Nom }).ToListAsync(ct)).Select(s => (s.Id, s.Nom))];
        Territoires = await db.Territoires.AsNoTracking().OrderBy(t => t.Nom)
            .Select(t => new ValeurVocabulaire(t.Id.ToString(), t.Nom)).ToListAsync(ct);
    }

    private static SaisieAction Depuis(ActionInsertion a) => new()
    {
        Version = a.Version,
        FicheActionId = a.FicheActionId,
        StructureId = a.StructureId,
        Nom = a.Nom,
        Description = a.Description,
        Type = a.Type,
        Thematiques = a.Thematiques,
        Publics = a.Publics,
        ConditionsAcces = a.ConditionsAcces,
        HeuresHebdomadaires = a.HeuresHebdomadaires,
        NombreSemaines = a.NombreSemaines,
        Adresse = a.Adresse,
        CodeInsee = a.CodeInsee,
        Territoires = a.Territoires,
        ModesAccueil = a.ModesAccueil,
        Frais = a.Frais,
        ModesMobilisation = a.ModesMobilisation,
        MobilisationPrecisions = a.MobilisationPrecisions,
        ContactNom = a.ContactNom,
        Courriel = a.Courriel,
        Telephone = a.Telephone,
        Sessions = string.Join('\n', a.Sessions.OrderBy(s => s.Debut).Select(s => s.Debut.ToString("dd/MM/yyyy", Francais) + (s.Fin is { } f ? $" → {f.ToString("dd/MM/yyyy", Francais)}" : ""))),
        Places = string.Join('\n', a.Places.OrderBy(p => p.Debut).Select(p => $"{p.Debut.ToString("dd/MM/yyyy", Francais)} → {p.Fin.ToString("dd/MM/yyyy", Francais)} : {p.Places}")),
    };
}
