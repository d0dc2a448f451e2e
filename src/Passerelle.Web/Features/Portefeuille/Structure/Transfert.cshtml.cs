using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Referents.Transfert;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Portefeuille.Structure;

public sealed record PersonneDuSortant(int PersonneId, string Nom, string Prenoms, TypeOrientation Type, DateOnly? Echeance);

/// <summary>
/// The structure head moves some or all persons of a référent (on leave, leaving) to other référents of the
/// structure: by hand per person, or spread evenly over the référents ticked (<see cref="RepartitionTransfert"/>).
/// The move itself, all or nothing, is <see cref="ServiceTransfert"/>'s.
/// </summary>
[Authorize(Policy = Politiques.CaseloadsStructure)]
public sealed class TransfertModel(VueStructure vue, AppDbContext db, ServiceTransfert transfert) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? StructureId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sortant { get; set; }
    [BindProperty] public List<int> Personnes { get; set; } = [];
    [BindProperty] public Dictionary<int, string> Vers { get; set; } = [];
    [BindProperty] public List<string> Destinataires { get; set; } = [];
    [BindProperty] public MotifTransfert Motif { get; set; }

    public string NomStructure { get; private set; } = "";
    public IReadOnlyList<ChargeReferent> Referents { get; private set; } = [];
    public IReadOnlyList<PersonneDuSortant> PersonnesDuSortant { get; private set; } = [];
    public IReadOnlyDictionary<TypeOrientation, string> NomsTypes { get; private set; } = new Dictionary<TypeOrientation, string>();
    public ResultatTransfert? Refus { get; private set; }

    public ChargeReferent? ReferentSortant => Referents.FirstOrDefault(r => r.ReferentId == Sortant);
    public IEnumerable<ChargeReferent> Receveurs => Referents.Where(r => r.Habilite && r.ReferentId != Sortant);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await ChargerAsync(ct) || ReferentSortant is null) return NotFound();
        var charges = Referents.ToDictionary(r => r.ReferentId, r => r.Personnes);
        var choisis = Vers.Where(v => Personnes.Contains(v.Key) && !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value);
        var affectations = RepartitionTransfert.Repartir(Personnes, choisis, Destinataires, charges);
        if (affectations.Any(a => a is null))
        {
            Refus = ResultatTransfert.Refuse("Choisissez un référent pour chaque personne cochée, ou les référents entre qui les répartir.");
            return Page();
        }
        var resultat = await transfert.TransfererAsync(new SaisieTransfert(StructureId!.Value, Sortant!, Motif, [.. affectations.Select(a => a!)]), ct);
        if (!resultat.Reussi)
        {
            Refus = resultat;
            return Page();
        }
        TempData.Confirmer(resultat.Message);
        return RedirectToPage("/Portefeuille/Structure/Index", new { StructureId });
    }

    /// <returns>false when the structure is not one the user runs, or the référent is not of it.</returns>
    private async Task<bool> ChargerAsync(CancellationToken ct)
    {
        var noms = await vue.NomsStructuresAsync(ct);
        StructureId ??= noms.Keys.Order().FirstOrDefault();
        if (StructureId is not int structure || !noms.TryGetValue(structure, out var nom)) return false;
        NomStructure = nom;
        Referents = await vue.ReferentsAsync(structure, ct);
        NomsTypes = await vue.NomsTypesAsync(ct);
        if (Sortant is null) return true;
        if (ReferentSortant is null) return false;
        var sortant = Sortant;
        PersonnesDuSortant = await db.Set<DesignationReferent>().AsNoTracking()
            .Where(d => d.DateFin == null && d.ReferentId == sortant && d.StructureId == structure)
            .Join(db.Set<Parcours>().Where(p => p.DateCloture == null), d => d.ParcoursId, p => p.Id, (d, p) => new { d, p })
            .OrderBy(x => x.p.Personne!.Nom).ThenBy(x => x.p.Personne!.Prenoms).Take(2000)
            .Select(x => new PersonneDuSortant(x.d.PersonneId, x.p.Personne!.Nom, x.p.Personne.Prenoms, x.d.TypeOrientation, x.p.EcheanceProchaine))
            .ToListAsync(ct);
        return true;
    }
}
