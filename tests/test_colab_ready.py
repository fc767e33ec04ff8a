"Every notebook opens in Colab from its badge, and the first code cell installs the kit there when it is missing."
import json
from pathlib import Path
import pytest

NBS = Path(__file__).resolve().parents[1]/'nbs'
NOTEBOOKS = sorted(p for p in NBS.glob('*.ipynb') if not p.name.startswith(('_', '.')))

@pytest.mark.parametrize('nb', NOTEBOOKS, ids=lambda p: p.name)
def test_badge_and_install_cell(nb):
    cells = json.loads(nb.read_text())['cells']
    url = f'https://colab.research.google.com/github/gan-course/gan_course/blob/main/nbs/{nb.name}'
    badges = [i for i, c in enumerate(cells) if c['cell_type'] == 'markdown' and f'(images/colab-badge.svg)]({url})' in ''.join(c['source'])]
    assert badges and badges[0] <= 1, f'{nb.name}: no Open-in-Colab badge linking to itself near the top'
    assert (NBS/'images'/'colab-badge.svg').is_file()
    code = [''.join(c['source']) for c in cells if c['cell_type'] == 'code']
    if code:  # a notebook with code installs gan_course first, in Colab only, hidden from the docs
        first = code[0]
        assert first.startswith('#| hide') and "'google.colab' in sys.modules" in first and "'gan_course[notebooks]'" in first, nb.name
    assert not any('/work/' in s for s in code), f'{nb.name}: a path of this machine (the repository\'s location) in the code'
