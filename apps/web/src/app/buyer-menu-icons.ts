// The buyer menu's icons, loaded after the first paint (buyer-routes.tsx, menu-icons.tsx).
export {
  AccountBookOutlined,
  BellOutlined,
  BulbOutlined,
  CloudServerOutlined,
  FileDoneOutlined,
  GiftOutlined,
  HomeOutlined,
  LinkOutlined,
  ProjectOutlined,
  RollbackOutlined,
  StarOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
