using System.Text.RegularExpressions;

namespace Bibliography.Citations;

/// <summary>
/// Where a paper was published, read from the fragment's short venue (<c>NeurIPS 2017</c>, <c>Nature Medicine 2025</c>):
/// the full name citation styles print, whether it is a journal, and the year of that publication.
/// </summary>
public sealed partial record Venue(string Short, string Name, bool IsJournal, int? Year)
{
    // Full names of the venues the list uses; a venue not here is printed as written and taken as a conference.
    static readonly Dictionary<string, (string Name, bool Journal)> Known = new(StringComparer.Ordinal)
    {
        ["NeurIPS"] = ("Advances in Neural Information Processing Systems", false),
        ["ICML"] = ("Proceedings of the International Conference on Machine Learning", false),
        ["ICLR"] = ("International Conference on Learning Representations", false),
        ["ACL"] = ("Proceedings of the Annual Meeting of the Association for Computational Linguistics", false),
        ["Findings of ACL"] = ("Findings of the Association for Computational Linguistics: ACL", false),
        ["EMNLP"] = ("Proceedings of the Conference on Empirical Methods in Natural Language Processing", false),
        ["NAACL"] = ("Proceedings of the Conference of the North American Chapter of the Association for Computational Linguistics", false),
        ["CVPR"] = ("Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition", false),
        ["ICCV"] = ("Proceedings of the IEEE/CVF International Conference on Computer Vision", false),
        ["ECCV"] = ("Proceedings of the European Conference on Computer Vision", false),
        ["SC"] = ("Proceedings of the International Conference for High Performance Computing, Networking, Storage and Analysis", false),
        ["TMLR"] = ("Transactions on Machine Learning Research", true),
        ["JMLR"] = ("Journal of Machine Learning Research", true),
        ["Nature"] = ("Nature", true),
        ["Nature Medicine"] = ("Nature Medicine", true),
        ["Neurocomputing"] = ("Neurocomputing", true),
        ["IEEE TKDE"] = ("IEEE Transactions on Knowledge and Data Engineering", true),
        ["ACM TKDD"] = ("ACM Transactions on Knowledge Discovery from Data", true),
        ["ACM Computing Surveys"] = ("ACM Computing Surveys", true),
        ["Cureus"] = ("Cureus", true),
        ["AI Open"] = ("AI Open", true),
        ["International Journal of Machine Learning and Cybernetics"] = ("International Journal of Machine Learning and Cybernetics", true),
    };

    [GeneratedRegex(@"^(?<name>.*?)\s+(?<year>(19|20)\d\d)$")]
    private static partial Regex TrailingYear();

    public static Venue Parse(string venue)
    {
        var m = TrailingYear().Match(venue.Trim());
        var name = m.Success ? m.Groups["name"].Value : venue.Trim();
        int? year = m.Success ? int.Parse(m.Groups["year"].Value) : null;
        return Known.TryGetValue(name, out var known)
            ? new Venue(name, known.Name, known.Journal, year)
            : new Venue(name, name, false, year);
    }
}
