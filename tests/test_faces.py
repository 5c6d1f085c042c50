"""Face detection: IoU, grouping, the pyramid, the window network, scenes, scoring, and the trained detector."""
import numpy as np
import pytest
import torch

from core.families import faces as fc


def test_iou_of_hand_made_boxes():
    a = np.array([[0, 0, 10, 10]])
    assert fc.iou(a, a)[0, 0] == 1.0
    assert fc.iou(a, np.array([[5, 0, 10, 10]]))[0, 0] == pytest.approx(50 / 150)
    assert fc.iou(a, np.array([[10, 10, 5, 5]]))[0, 0] == 0.0  # touching corners
    assert fc.iou(a, np.array([[2, 2, 4, 4]]))[0, 0] == pytest.approx(16 / 100)
    assert fc.iou(a, np.zeros((0, 4))).shape == (1, 0)


def test_selection_groups_windows_and_scores_each_face_by_its_three_best_windows():
    boxes = np.array([[0, 0, 40, 40], [4, 0, 40, 40], [0, 4, 40, 40],  # one face, seen by three windows
                      [10, 10, 12, 12],  # a part of it (centred inside the best window)
                      [100, 100, 30, 30], [104, 100, 30, 30],  # a second face, two windows
                      [200, 0, 30, 30],  # a single confident window: a texture, not a face
                      [300, 0, 30, 30]], np.float32)  # under the floor: takes no part
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.9, 0.9, 0.99, 0.2], np.float32)
    kept, kept_scores = fc.select(boxes, scores, threshold=0.5, nms_iou=0.3)
    weights = scores[:3] / scores[:3].sum()  # the part is not one of the face's windows (IoU 0.09)
    np.testing.assert_allclose(kept, [weights @ boxes[:3], [102, 100, 30, 30]], rtol=1e-6)
    assert kept_scores.tolist() == pytest.approx([(0.9 + 0.8 + 0.7) / 3, 1.8 / 3])
    # at a low threshold the single window is a detection too, scored by what supports it
    kept, kept_scores = fc.select(boxes, scores, threshold=0.3, nms_iou=0.3)
    assert len(kept) == 3 and kept_scores[-1] == pytest.approx(0.99 / 3)
    assert len(fc.select(boxes, scores, threshold=0.95)[0]) == 0
    assert fc.select(boxes[:0], scores[:0])[0].shape == (0, 4)


def test_the_window_network_is_a_sliding_window_classifier():
    torch.manual_seed(0)
    model = fc.build().eval()
    image = torch.rand(1, 1, 40, 52)
    with torch.no_grad():
        full = model(image)[0, 1]
        for row, col in ((0, 0), (2, 3), (4, 7)):
            y, x = row * fc.STRIDE, col * fc.STRIDE
            window = model(image[..., y:y + fc.WINDOW, x:x + fc.WINDOW])[0, 1, 0, 0]
            assert full[row, col] == pytest.approx(window.item(), abs=1e-5)


def test_the_pyramid_covers_the_requested_face_sizes():
    scales = fc.pyramid((512, 512), min_size=24, max_size=200, step=1.2)
    sizes = [fc.WINDOW / s for s in scales]
    assert sizes[0] == pytest.approx(24) and sizes[-1] <= 200 < sizes[-1] * 1.2
    assert all(b / a == pytest.approx(1.2) for a, b in zip(sizes, sizes[1:]))


def test_candidates_map_score_positions_back_to_image_pixels():
    maps = [(1.0, np.array([[0.0, 0.9], [0.0, 0.0]])), (0.5, np.array([[0.0], [0.7]]))]
    boxes, scores = fc.candidates(maps, floor=0.5)
    assert boxes.tolist() == [[4, 0, 24, 24], [0, 8, 48, 48]]
    assert scores.tolist() == pytest.approx([0.9, 0.7])


def test_scenes_hold_their_faces_where_the_boxes_say():
    faces = np.full((3, 25, 25), 0.9, np.float32)
    backgrounds = [np.zeros((300, 400), np.float32)]
    for scene in fc.make_scenes(faces, backgrounds, n=5, size=128, sizes=(24, 40)):
        assert 1 <= len(scene.boxes) <= 3
        for x, y, w, h in scene.boxes.astype(int):
            assert w == h and 24 <= w <= 40
            assert scene.image[y + 2:y + h - 2, x + 2:x + w - 2].min() > 0.8
        assert scene.image.mean() < 0.5 and (fc.iou(scene.boxes, scene.boxes) - np.eye(len(scene.boxes))).max() == 0


def test_precision_recall_and_mean_iou_of_hand_made_detections():
    scene = fc.Scene(np.zeros((64, 64), np.float32), np.array([[0, 0, 20, 20], [40, 40, 20, 20]], np.float32))
    pred = np.array([[0, 0, 20, 20], [2, 0, 20, 20], [30, 0, 10, 10]], np.float32)  # a hit, a duplicate, a miss
    table = fc.scores_table([(pred, np.array([0.9, 0.8, 0.7]))], [scene])
    assert table["tp"] == 1 and table["fp"] == 2 and table["faces"] == 2
    assert table["precision"] == pytest.approx(1 / 3) and table["recall"] == 0.5 and table["mean_iou"] == 1.0


def test_the_lbp_cascade_finds_the_astronauts_face():
    from skimage import color, data

    boxes = fc.cascade_detect(color.rgb2gray(data.astronaut()).astype(np.float32), max_size=200)
    assert fc.iou(boxes, np.array([[177, 71, 85, 85]])).max() >= 0.5  # the face, checked by eye


def test_training_validation_and_test_faces_are_disjoint_and_the_split_is_fixed():
    small = fc.FaceConfig(positives=4, negatives=4, near_misses=4)
    a, b = fc.make_data(small), fc.make_data(fc.FaceConfig(positives=4, negatives=4, near_misses=4, seed=5))
    sets = [a.train_faces, a.val_faces, a.test_faces]
    assert [len(x) for x in sets] == [fc.TRAIN_FACES, fc.VALIDATION_FACES, 100 - fc.TRAIN_FACES - fc.VALIDATION_FACES]
    flat = [face.tobytes() for x in sets for face in x]
    assert len(set(flat)) == len(flat)  # no face in two sets
    assert np.array_equal(a.test_faces, b.test_faces)  # the training seed does not move the test set
    assert len(fc.validation_scenes(a)) == 30 and all(len(s.boxes) for s in fc.validation_scenes(a))


# ---- the trained detector (slow: trains the page's default, about 35 s on one thread) ----
@pytest.fixture(scope="module")
def trained():
    config = fc.FaceConfig()
    data = fc.make_data(config)
    trainer = fc.make_trainer(config, data)
    state = trainer.fit()
    assert state.status == "finished"
    return trainer.model.eval(), data


@pytest.mark.slow
def test_the_trained_detector_finds_the_astronauts_face(trained):
    from skimage import color, data

    model, _ = trained
    boxes, scores = fc.detect(model, color.rgb2gray(data.astronaut()).astype(np.float32))
    assert len(boxes) >= 1
    assert fc.iou(boxes, np.array([[177, 71, 85, 85]])).max() >= 0.5


@pytest.mark.slow
def test_the_trained_detector_reaches_90_percent_and_beats_the_cascade_on_held_out_scenes(trained):
    model, data = trained
    scenes = fc.test_scenes(data)
    table = fc.detector_scores(model, scenes)
    cascade = fc.cascade_scores(scenes)
    assert table["precision"] >= 0.9 and table["recall"] >= 0.9, table
    assert fc.f1(table) > fc.f1(cascade), (table, cascade)


@pytest.mark.slow
def test_a_large_grey_upload_is_scaled_down_and_boxes_come_back_in_its_pixels(trained):
    model, data = trained
    photo = fc.resize(data.test_backgrounds[0], (1600, 2400))
    photo[500:800, 1000:1300] = fc.resize(data.test_faces[0], (300, 300))
    found = fc.analyse(model, photo, min_size=100)
    assert found["factor"] == pytest.approx(640 / 2400)
    boxes, _ = fc.select(found["boxes"], found["scores"])
    assert fc.iou(boxes, np.array([[1000, 500, 300, 300]])).max() >= 0.5


def test_mining_effects_read_the_accuracy_before_and_after_each_mining():
    history = [{"epoch": 1.0, "train_acc": 0.9}, {"epoch": 2.0, "train_acc": 0.96, "hard_negatives": 500.0},
               {"epoch": 3.0, "train_acc": 0.94}, {"epoch": 4.0, "train_acc": 0.97, "hard_negatives": 80.0}]
    effects = fc.mining_effects(history)
    assert effects == [{"epoch": 2, "mined": 500, "before": 0.96, "after": 0.94},
                       {"epoch": 4, "mined": 80, "before": 0.97, "after": None}]
    assert fc.mining_effects(history[:1]) == []
