using System.Collections.Frozen;

namespace McpPostmortem.Storage;

/// <summary>
/// Latin letters with diacritics and their plain ASCII spelling, for ids: "Dvořák" reads "dvorak",
/// "Łódź" reads "lodz". A table rather than Unicode normalization, because the server runs without
/// the ICU library (invariant globalization), where normalization leaves these letters as they are.
/// Generated from the Unicode decompositions of Latin-1 Supplement, Latin Extended-A and -B and
/// Latin Extended Additional, plus the letters that have none (ø, ł, đ, ß, æ, œ, þ).
/// </summary>
internal static class LatinLetters
{
    private static readonly (string Plain, string Letters)[] Rows =
    [
        ("a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧḀḁẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ"),
        ("ae", "Ææ"),
        ("b", "ḂḃḄḅḆḇ"),
        ("c", "ÇçĆćĈĉĊċČčḈḉ"),
        ("d", "ÐðĎďĐđḊḋḌḍḎḏḐḑḒḓ"),
        ("dz", "ǄǅǆǱǲǳ"),
        ("e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂểỄễỆệ"),
        ("f", "ƒḞḟ"),
        ("g", "ĜĝĞğĠġĢģǦǧǴǵḠḡ"),
        ("h", "ĤĥĦħȞȟḢḣḤḥḦḧḨḩḪḫẖ"),
        ("i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐȈȉȊȋḬḭḮḯỈỉỊị"),
        ("ij", "Ĳĳ"),
        ("j", "Ĵĵǰ"),
        ("k", "ĶķĸǨǩḰḱḲḳḴḵ"),
        ("l", "ĹĺĻļĽľĿŀŁłḶḷḸḹḺḻḼḽ"),
        ("lj", "Ǉǈǉ"),
        ("m", "ḾḿṀṁṂṃ"),
        ("n", "ÑñŃńŅņŇňŉŊŋǸǹṄṅṆṇṈṉṊṋ"),
        ("nj", "Ǌǋǌ"),
        ("o", "ÒÓÔÕÖØòóôõöøŌōŎŏŐőƠơǑǒǪǫǬǭȌȍȎȏȪȫȬȭȮȯȰȱṌṍṎṏṐṑṒṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ"),
        ("oe", "Œœ"),
        ("p", "ṔṕṖṗ"),
        ("r", "ŔŕŖŗŘřȐȑȒȓṘṙṚṛṜṝṞṟ"),
        ("s", "ŚśŜŝŞşŠšſȘșṠṡṢṣṤṥṦṧṨṩ"),
        ("ss", "ß"),
        ("t", "ŢţŤťŦŧȚțṪṫṬṭṮṯṰṱẗ"),
        ("th", "Þþ"),
        ("u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗṲṳṴṵṶṷṸṹṺṻỤụỦủỨứỪừỬửỮữỰự"),
        ("v", "ṼṽṾṿ"),
        ("w", "ŴŵẀẁẂẃẄẅẆẇẈẉẘ"),
        ("x", "ẊẋẌẍ"),
        ("y", "ÝýÿŶŷŸȲȳẎẏẙỲỳỴỵỶỷỸỹ"),
        ("z", "ŹźŻżŽžẐẑẒẓẔẕ"),
    ];

    private static readonly FrozenDictionary<char, string> Plain = Rows
        .SelectMany(row => row.Letters.Select(letter => (letter, row.Plain)))
        .ToFrozenDictionary(pair => pair.letter, pair => pair.Plain);

    /// <summary>The lowercase ASCII spelling of a Latin letter with diacritics; null for others.</summary>
    public static string? ToPlain(char letter) => Plain.GetValueOrDefault(letter);
}
