"""Stage 1: reading and decoding, and the status row that bad input gets."""

from __future__ import annotations

import pytest

from pipeline.model import ERROR, OK, SKIPPED
from pipeline.reader import article_id, read_article

FRENCH = "Le projet créera plus de 20 000 emplois à Casablanca, selon l’Agence. Coût : 20 MDH."


@pytest.mark.parametrize(
    ("name", "data", "status", "reason"),
    [
        ("empty.txt", b"", SKIPPED, "empty"),
        ("blank.txt", b"  \n\n\t \n", SKIPPED, "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), SKIPPED, "not_text"),
        ("pdf.txt", b"%PDF-1.7\n\x00\x01\x02\x03binary", SKIPPED, "not_text"),
        ("utf8.txt", FRENCH.encode("utf-8"), OK, ""),
        ("latin1.txt", FRENCH.replace("’", "'").encode("cp1252"), OK, ""),
    ],
)
def test_status_and_reason(tmp_path, name, data, status, reason):
    (tmp_path / name).write_bytes(data)
    art = read_article(tmp_path / name, tmp_path)
    assert (art.status, art.reason) == (status, reason)
    assert art.file == name


def test_cp1252_text_is_decoded_with_its_accents(tmp_path):
    (tmp_path / "a.txt").write_bytes("Créée à Fès, l’usine coûtera 3 milliards de dirhams.".encode("cp1252"))
    art = read_article(tmp_path / "a.txt", tmp_path)
    assert art.text == "Créée à Fès, l’usine coûtera 3 milliards de dirhams."


def test_undecodable_bytes_are_a_decode_error(tmp_path):
    # random high bytes that no single-byte charset turns into plausible text
    data = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D] * 40)
    (tmp_path / "x.txt").write_bytes(data)
    art = read_article(tmp_path / "x.txt", tmp_path)
    assert art.status in (ERROR, SKIPPED)
    assert art.reason in ("decode_error", "not_text")


def test_utf8_offsets_are_kept_verbatim(tmp_path):
    raw = "Titre\r\n\r\nCorps\u00a0du texte\r\n"
    (tmp_path / "crlf.txt").write_bytes(raw.encode("utf-8"))
    art = read_article(tmp_path / "crlf.txt", tmp_path)
    assert art.text == raw  # no newline translation: offsets match the file


def test_article_id_is_the_content_hash_prefix():
    assert article_id(b"abc") == "ba7816bf8f01cfea"
    assert len(article_id(b"")) == 16


def test_subfolder_path_is_relative_with_forward_slashes(tmp_path):
    (tmp_path / "2025" / "juillet").mkdir(parents=True)
    p = tmp_path / "2025" / "juillet" / "a.txt"
    p.write_text(FRENCH, encoding="utf-8")
    art = read_article(p, tmp_path)
    assert art.file == "2025/juillet/a.txt"


def test_utf16_with_bom_is_text(tmp_path):
    (tmp_path / "u16.txt").write_bytes(FRENCH.encode("utf-16"))
    art = read_article(tmp_path / "u16.txt", tmp_path)
    assert art.status == OK and art.text == FRENCH
