using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EspacePersonnel;

/// <summary>
/// The beneficiary's own space, read-only: the sections the features registered, for the person tied
/// to the signed-in account only. The page takes no id: there is no other person to ask for.
/// </summary>
[Authorize(Policy = PolitiqueBeneficiaire)]
public sealed class IndexModel(ServiceEspacePersonnel espace, IEnumerable<ISectionEspacePersonnel> sections, AppDbContext db) : PageModel
{
    public const string PolitiqueBeneficiaire = "role:Beneficiaire";

    public string? Prenom { get; private set; }
    public IReadOnlyList<SectionChargee> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await espace.PersonneConnecteeAsync(ct) is not int personne) return;
        Prenom = await db.Personnes.AsNoTracking().Where(p => p.Id == personne).Select(p => p.Prenoms).FirstOrDefaultAsync(ct);
        var chargees = new List<SectionChargee>();
        foreach (var section in sections.OrderBy(s => s.Ordre))
            if (await section.ChargerAsync(personne, ct) is { } modele) chargees.Add(new SectionChargee(section.Vue, modele));
        Sections = chargees;
    }
}
