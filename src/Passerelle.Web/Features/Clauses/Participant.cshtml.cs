using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Clauses;

/// <summary>Links a participant to their parcours: search by NIR or by name and birth date, pick among names and birth dates only.</summary>
[Authorize(Policy = Politiques.Clauses)]
public sealed class ParticipantModel(RapprochementParcours rapprochement) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Nir { get; set; }
    [BindProperty(SupportsGet = true)] public string? Nom { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Naissance { get; set; }

    public ParticipantClause Participant { get; private set; } = null!;
    public IReadOnlyList<PersonneTrouvee>? Trouvees { get; private set; }
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await rapprochement.ParticipantAsync(Id, ct) is not { } participant) return NotFound();
        Participant = participant;
        if (!string.IsNullOrWhiteSpace(Nir) || !string.IsNullOrWhiteSpace(Nom))
            Trouvees = await rapprochement.ChercherAsync(Nir, Nom, Naissance ?? participant.DateNaissance, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? personneId, CancellationToken ct)
    {
        var resultat = await rapprochement.RattacherAsync(Id, personneId, ct);
        if (resultat == RapprochementParcours.Introuvable) return NotFound();
        if (resultat.Reussi)
        {
            TempData.Confirmer(resultat.Message);
            return Redirect($"/clauses/participants/{Id}");
        }
        Erreur = resultat.Message;
        return await OnGetAsync(ct);
    }
}
